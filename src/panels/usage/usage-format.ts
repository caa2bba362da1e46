/**
 * Pure formatting of the IP usage model for the usage panel: meter values, tones and sentences.
 */
import { USAGE_NEAR_FULL_RATIO, USAGE_WARN_RATIO } from '../../domain/catalog/limits';
import type { PowerPlatformDemand, SubnetUsage } from '../../domain/usage';
import { formatCount, formatPercent } from '../shared/format';

export type UsageTone = 'ok' | 'warn' | 'full' | 'over' | 'empty';

/** Colour band of a usage ratio: Microsoft's diagnostics warn at 75 % and call 90 % "close to full". */
export function usageTone(used: number, capacity: number): UsageTone {
  if (capacity <= 0) return used > 0 ? 'over' : 'empty';
  const ratio = used / capacity;
  if (ratio > 1) return 'over';
  if (ratio >= USAGE_NEAR_FULL_RATIO) return 'full';
  if (ratio >= USAGE_WARN_RATIO) return 'warn';
  return 'ok';
}

export interface MeterValue {
  /** Clamped to [0, max] (ARIA requires it); the text tells the truth when over. */
  now: number;
  max: number;
  /** Bar width in percent, 0–100. */
  width: number;
  text: string;
  tone: UsageTone;
}

/** Values of a usage meter: `used` of `capacity` `unit`. */
export function meterValue(used: number, capacity: number, unit = 'addresses'): MeterValue {
  const max = Math.max(0, capacity);
  const now = Math.min(Math.max(0, used), max);
  const percent = capacity > 0 ? (used / capacity) * 100 : used > 0 ? Number.POSITIVE_INFINITY : 0;
  const over = used > capacity ? `, ${formatCount(used - capacity)} over` : '';
  return {
    now,
    max,
    width: max > 0 ? (now / max) * 100 : 0,
    text: `${formatCount(used)} of ${formatCount(capacity)} ${unit} (${formatPercent(percent)})${over}`,
    tone: usageTone(used, capacity),
  };
}

/** Headline of a delegated subnet's demand: "3 addresses left" / "61 addresses short". */
export function headroomText(demand: PowerPlatformDemand): string {
  const n = Math.abs(demand.headroom);
  const unit = n === 1 ? 'address' : 'addresses';
  return demand.headroom >= 0 ? `${formatCount(n)} ${unit} left` : `${formatCount(n)} ${unit} short`;
}

/** Status word of a delegated subnet's demand. */
export function demandStatus(demand: PowerPlatformDemand): { label: string; tone: UsageTone } {
  if (!demand.fits) return { label: 'Too small', tone: 'over' };
  if (demand.nearFull) return { label: 'Near full', tone: 'full' };
  if (demand.percentUsed >= USAGE_WARN_RATIO * 100) return { label: 'Filling up', tone: 'warn' };
  return { label: 'Fits', tone: 'ok' };
}

/** "Smallest that fits: /25" advice, compared with the subnet's own length. */
export function smallestPrefixText(subnet: SubnetUsage, demand: PowerPlatformDemand): string {
  if (demand.smallestPrefix === undefined) return 'No subnet is large enough for this demand.';
  const fits = `/${demand.smallestPrefix}`;
  if (subnet.prefixLength === undefined) return `Smallest prefix that fits: ${fits}.`;
  if (subnet.prefixLength > demand.smallestPrefix)
    return `Smallest prefix that fits: ${fits} (this subnet is a /${subnet.prefixLength}).`;
  return `Smallest prefix that fits: ${fits}.`;
}

/** The environment mix behind a demand: "2 production × 30 + 1 non-production × 10 + 5 reserved". */
export function demandFormula(demand: PowerPlatformDemand): string {
  const parts: string[] = [];
  if (demand.productionCount > 0) parts.push(`${demand.productionCount} production × 30`);
  if (demand.nonProductionCount > 0) parts.push(`${demand.nonProductionCount} non-production × 10`);
  parts.push('5 reserved');
  return `${parts.join(' + ')} = ${formatCount(demand.estimated)}`;
}
