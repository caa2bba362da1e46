import { cidrOverlaps, findCrossOverlaps, formatCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** PEER001: peered VNets can't have overlapping address spaces. */
export const peer001: Rule = {
  id: 'PEER001',
  severity: 'error',
  title: 'Peered VNets overlap',
  docs: DOCS.peering,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    const out: Finding[] = [];
    for (const p of design.peerings) {
      if (p.vnetAId === p.vnetBId) continue; // PEER004
      const a = index.vnets.get(p.vnetAId);
      const b = index.vnets.get(p.vnetBId);
      if (!a || !b) continue;
      const left = (parsed.vnet.get(a.id) ?? []).map((cidr) => ({ key: a.id, cidr }));
      const right = (parsed.vnet.get(b.id) ?? []).map((cidr) => ({ key: b.id, cidr }));
      // Almost every VNet has one or two prefixes: compare them directly, sweep only larger lists.
      const pairs =
        left.length * right.length <= 16
          ? left.flatMap((x) => right.filter((y) => cidrOverlaps(x.cidr, y.cidr)).map((y) => [x, y] as const))
          : findCrossOverlaps(left, right);
      if (pairs.length === 0) continue;
      const shown = pairs.map(([x, y]) => `${formatCidr(x.cidr)} and ${formatCidr(y.cidr)}`).join('; ');
      out.push(
        finding(
          peer001,
          `Peered VNets ${nameOf(a)} and ${nameOf(b)} overlap (${shown}): readdress one of them or remove the peering.`,
          [p.id, a.id, b.id],
        ),
      );
    }
    return out;
  },
};
