import { type Cidr, cidrOverlaps, findCrossOverlaps, formatCidr } from '../../ip/cidr';
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
      const pa = parsed.vnet.get(a.id) ?? [];
      const pb = parsed.vnet.get(b.id) ?? [];
      if (pa.length === 0 || pb.length === 0) continue;
      // Almost every VNet has one or two prefixes: compare them directly, sweep only larger lists.
      let pairs: Array<readonly [{ cidr: Cidr }, { cidr: Cidr }]>;
      if (pa.length * pb.length <= 16) {
        pairs = [];
        for (const x of pa)
          for (const y of pb) if (cidrOverlaps(x, y)) pairs.push([{ cidr: x }, { cidr: y }]);
      } else {
        const key = (cidr: Cidr) => ({ key: 0, cidr });
        pairs = findCrossOverlaps(pa.map(key), pb.map(key));
      }
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
