/** Plain-text formatting shared by the Markdown and HTML renderers (escaping is theirs). */
import type { ReportPeeringLink, ReportSummary } from './types';

/** Thousands separators without depending on the runtime's locale data. */
export function formatNumber(n: number | undefined): string {
  if (n === undefined) return '';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  const sign = n < 0 ? '−' : '';
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatPercent(p: number | undefined): string {
  return p === undefined ? '' : `${formatNumber(p)} %`;
}

export function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "2 errors, 1 warning, 0 info". */
export function findingCounts(s: ReportSummary): string {
  return `${plural(s.findings.error, 'error')}, ${plural(s.findings.warning, 'warning')}, ${formatNumber(s.findings.info)} info`;
}

/** Columns of the IP plan the report prints (the full set is in the CSV export). */
export const REPORT_IP_PLAN_KEYS = [
  'vnet',
  'subnet',
  'prefix',
  'firstUsable',
  'lastUsable',
  'usable',
  'delegation',
  'natGateway',
  'nsg',
  'routeTable',
  'demand',
  'headroom',
] as const;

/** Short delegation names for the printed plan (the CSV keeps the full service names). */
export function shortDelegation(text: string): string {
  return text.replaceAll('Microsoft.PowerPlatform/', 'PowerPlatform/');
}

/** A peering direction's state in words. */
export function peeringState(l: ReportPeeringLink): string {
  return l.present ? 'configured' : 'missing (the other side stays Initiated)';
}
