import type { VnetUsage } from '../../domain/usage';

/**
 * The VNets the usage panel draws: the first `limit` (or all), plus any VNet holding a selected object
 * so that selecting one on the canvas always shows its card.
 */
export function visibleVnets(
  vnets: readonly VnetUsage[],
  limit: number | undefined,
  selected: ReadonlySet<string>,
): VnetUsage[] {
  if (limit === undefined || vnets.length <= limit) return [...vnets];
  return vnets.filter(
    (v, i) => i < limit || selected.has(v.vnetId) || v.subnets.some((s) => selected.has(s.subnetId)),
  );
}
