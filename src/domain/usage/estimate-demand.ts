import {
  AZURE_RESERVED_PER_SUBNET,
  DEMAND_PER_NON_PRODUCTION_ENV,
  DEMAND_PER_PRODUCTION_ENV,
  SMALLEST_SUBNET_PREFIX,
  USAGE_NEAR_FULL_RATIO,
  WHITEPAPER_ENVS_PER_SLASH24,
} from '../catalog/limits';
import { smallestPrefixFor } from '../ip/cidr';
import type { EnvironmentType } from '../model/schema';
import type { SizingGuidance } from './types';

/**
 * Estimated addresses one environment takes in its delegated subnet: the upper ends of Microsoft's
 * estimates (25–30 production, 6–10 non-production). Trial and Teams environments can't be linked.
 * https://learn.microsoft.com/power-platform/admin/vnet-support-overview#estimating-subnet-size-for-power-platform-environments
 */
export function addressesPerEnvironment(type: EnvironmentType): number | undefined {
  if (type === 'Production' || type === 'Default') return DEMAND_PER_PRODUCTION_ENV;
  if (type === 'Sandbox' || type === 'Developer') return DEMAND_PER_NON_PRODUCTION_ENV;
  return undefined;
}

/**
 * Estimated demand: 30 per production, 10 per non-production environment, plus 5 Azure-reserved.
 * @example estimateDemand(4, 0) === 125 // Microsoft's example: fits a /25
 * @example estimateDemand(0, 20) === 205 // fits a /24
 */
export function estimateDemand(production: number, nonProduction: number): number {
  return (
    production * DEMAND_PER_PRODUCTION_ENV +
    nonProduction * DEMAND_PER_NON_PRODUCTION_ENV +
    AZURE_RESERVED_PER_SUBNET
  );
}

/**
 * The longest subnet prefix that holds `addresses`, bounded by Azure's smallest subnet (/29).
 * @example smallestSubnetPrefixFor(125) === 25
 */
export function smallestSubnetPrefixFor(addresses: number): number | undefined {
  const p = smallestPrefixFor(addresses);
  if (p === undefined || p < 2) return undefined;
  return Math.min(p, SMALLEST_SUBNET_PREFIX);
}

/** Whether the estimate takes 90 % or more of the subnet. */
export function isNearFull(estimated: number, size: number): boolean {
  return size > 0 && estimated / size >= USAGE_NEAR_FULL_RATIO;
}

function scale(range: readonly [number, number], factor: number): [number, number] {
  return [Math.floor(range[0] * factor), Math.floor(range[1] * factor)];
}

const guidanceBySize = new Map<number, SizingGuidance>();

/**
 * The white paper's rule of thumb, with the ranges scaled to a subnet of `size` addresses. Shared per
 * size (subnets come in 30 sizes): treat the result as read-only.
 */
export function sizingGuidance(size: number): SizingGuidance {
  const hit = guidanceBySize.get(size);
  if (hit) return hit;
  const guidance = buildGuidance(size);
  Object.freeze(guidance.forThisSubnet);
  Object.freeze(guidance);
  guidanceBySize.set(size, guidance);
  return guidance;
}

function buildGuidance(size: number): SizingGuidance {
  const g = WHITEPAPER_ENVS_PER_SLASH24;
  const factor = size / 256;
  return {
    perSlash24: g,
    forThisSubnet: {
      high: scale(g.high, factor),
      medium: scale(g.medium, factor),
      low: scale(g.low, factor),
    },
    text: `${g.high[0]}–${g.high[1]} high-load / ${g.medium[0]}–${g.medium[1]} medium / ${g.low[0]}–${g.low[1]} low-load environments per /24 (white paper rule of thumb)`,
  };
}
