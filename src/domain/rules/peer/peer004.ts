import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** PEER004: no self-peering, and one peering per pair of VNets. */
export const peer004: Rule = {
  id: 'PEER004',
  severity: 'error',
  title: 'Self or duplicate peering',
  docs: DOCS.peering,
  check(design, index) {
    const out: Finding[] = [];
    const seen = new Map<string, string>();
    const label = (id: string) => {
      const v = index.vnets.get(id);
      return v ? nameOf(v) : id;
    };
    for (const p of design.peerings) {
      if (p.vnetAId === p.vnetBId) {
        out.push(
          finding(peer004, `VNet ${label(p.vnetAId)} is peered with itself: remove this peering.`, [
            p.id,
            p.vnetAId,
          ]),
        );
        continue;
      }
      const key = p.vnetAId < p.vnetBId ? `${p.vnetAId}\u0000${p.vnetBId}` : `${p.vnetBId}\u0000${p.vnetAId}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, p.id);
        continue;
      }
      out.push(
        finding(
          peer004,
          `VNets ${label(p.vnetAId)} and ${label(p.vnetBId)} are joined by more than one peering: keep one and remove the others.`,
          [p.id, first, p.vnetAId, p.vnetBId],
        ),
      );
    }
    return out;
  },
};
