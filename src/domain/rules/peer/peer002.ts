import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Rule } from '../types';

/** PEER002: a peering link in one direction alone stays "Initiated" and carries no traffic. */
export const peer002: Rule = {
  id: 'PEER002',
  severity: 'warning',
  title: 'Peering in one direction only',
  docs: DOCS.peering,
  check(design, index) {
    return design.peerings.flatMap((p) => {
      if ((p.aToB === null) === (p.bToA === null) || p.vnetAId === p.vnetBId) return [];
      const a = index.vnets.get(p.vnetAId);
      const b = index.vnets.get(p.vnetBId);
      if (!a || !b) return [];
      const [from, to] = p.aToB ? [a, b] : [b, a];
      return [
        finding(
          peer002,
          `The peering between ${nameOf(a)} and ${nameOf(b)} exists only from ${nameOf(from)}: add the link from ${nameOf(to)} to ${nameOf(from)}, or it stays Initiated.`,
          [p.id, to.id, from.id],
        ),
      ];
    });
  },
};
