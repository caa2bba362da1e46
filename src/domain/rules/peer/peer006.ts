import { cloudOfRegion } from '../../catalog/clouds';
import { regionLabel } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** PEER006: peering stays inside one cloud; public, US Government and China clouds never peer. */
export const peer006: Rule = {
  id: 'PEER006',
  severity: 'error',
  title: 'Peering across clouds',
  docs: DOCS.sovereignClouds,
  check(design, index) {
    const out: Finding[] = [];
    for (const p of design.peerings) {
      const a = index.vnets.get(p.vnetAId);
      const b = index.vnets.get(p.vnetBId);
      if (!a || !b || a.id === b.id) continue;
      const ca = cloudOfRegion(a.region);
      const cb = cloudOfRegion(b.region);
      if (ca.id === cb.id) continue;
      out.push(
        finding(
          peer006,
          `The peering between ${nameOf(a)} (${regionLabel(a.region)}, ${ca.label}) and ${nameOf(b)} (${regionLabel(b.region)}, ${cb.label}) crosses clouds, and no such peering exists: keep both VNets in one cloud, or connect them with VPN gateways.`,
          [p.id, a.id, b.id],
        ),
      );
    }
    return out;
  },
};
