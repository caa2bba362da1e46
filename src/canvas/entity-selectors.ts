/**
 * Module-scope selector factories for node components: each returns exactly what one node draws, so a
 * change elsewhere in the design does not re-render it (entities keep their identity across edits).
 */
import { indexDesign } from '../domain/model/design-index';
import { existingCollections } from '../domain/model/operations';
import { computeUsage } from '../domain/usage';
import { findingsByCulprit, selectFindings } from '../store/selectors';
import type { StudioState } from '../store/studio-store';

export const selectEnvironment = (id: string) => (s: StudioState) =>
  indexDesign(s.design).environments.get(id);
export const selectPolicy = (id: string) => (s: StudioState) => indexDesign(s.design).policies.get(id);
export const selectVnet = (id: string) => (s: StudioState) => indexDesign(s.design).vnets.get(id);
export const selectSubnet = (id: string) => (s: StudioState) => indexDesign(s.design).subnets.get(id);
export const selectNatGateway = (id: string) => (s: StudioState) => indexDesign(s.design).natGateways.get(id);
export const selectNsg = (id: string) => (s: StudioState) => indexDesign(s.design).nsgs.get(id);
export const selectRouteTable = (id: string) => (s: StudioState) => indexDesign(s.design).routeTables.get(id);
export const selectResource = (id: string) => (s: StudioState) => indexDesign(s.design).resources.get(id);
export const selectDnsZone = (id: string) => (s: StudioState) =>
  indexDesign(s.design).privateDnsZones.get(id);

/** The badge a node draws: the worst severity of the findings whose fix is on it, and their count. */
export interface NodeBadge {
  severity: 'error' | 'warning';
  count: number;
}

/**
 * Worst severity and count of the findings whose fix is on this object (its main culprit), a fresh
 * object compared shallowly (`useStudioShallow`). Objects only part of a finding's chain carry no badge.
 */
export const selectBadge =
  (id: string) =>
  (s: StudioState): NodeBadge | undefined => {
    const list = findingsByCulprit(selectFindings(s)).get(id);
    if (!list) return undefined;
    const errors = list.filter((f) => f.severity === 'error').length;
    const warnings = list.filter((f) => f.severity === 'warning').length;
    if (errors > 0) return { severity: 'error', count: errors };
    if (warnings > 0) return { severity: 'warning', count: warnings };
    return undefined;
  };

/** What a subnet's usage bar shows: percent used, the label, and its tone. */
export interface SubnetUsageBar {
  percent: number;
  label: string;
  tone: 'ok' | 'warn' | 'full';
}

/**
 * What a subnet's usage bar shows, a fresh object compared shallowly (`useStudioShallow`), so unrelated
 * edits do not re-render it. Power Platform subnets show estimated demand; others show addresses taken.
 */
export const selectSubnetUsage =
  (id: string) =>
  (s: StudioState): SubnetUsageBar | undefined => {
    const u = computeUsage(s.design).subnets.get(id);
    if (!u || !u.valid) return undefined;
    if (u.demand) {
      return {
        percent: Math.round(u.demand.percentUsed),
        label: `${u.demand.estimated} of ${u.size} est.`,
        tone: u.demand.fits ? (u.demand.nearFull ? 'warn' : 'ok') : 'full',
      };
    }
    const taken = u.occupantAddresses + u.reserved;
    const percent = u.size > 0 ? Math.round((taken / u.size) * 100) : 0;
    return { percent, label: `${taken} of ${u.size} used`, tone: percent >= 90 ? 'warn' : 'ok' };
  };

/** Whether the object is context of the selection (another object of a clicked finding). */
export const selectInContext = (id: string) => (s: StudioState) => s.context.includes(id);

/** Whether the node's object is marked as already existing in Azure (by index: one lookup per map). */
export const selectExisting = (id: string) => (s: StudioState) => {
  const i = indexDesign(s.design);
  return existingCollections.some(
    (c) => (i[c].get(id) as { existing?: boolean } | undefined)?.existing === true,
  );
};
