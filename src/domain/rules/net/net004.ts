import { cidrEnd, findOverlaps, formatCidr, type KeyedCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** Whether the blocks, in the given order, are ascending and disjoint: the usual case, checked without sorting. */
function ascendingAndDisjoint(items: ReadonlyArray<KeyedCidr<unknown>>): boolean {
  let lastEnd = -1;
  for (const { cidr } of items) {
    if (cidr.start <= lastEnd) return false;
    lastEnd = cidrEnd(cidr);
  }
  return true;
}

/** NET004: subnets of one VNet never overlap (sort-and-sweep per VNet, never all pairs). */
export const net004: Rule = {
  id: 'NET004',
  severity: 'error',
  title: 'Overlapping subnets',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const out: Finding[] = [];
    for (const [vnetId, items] of parsedPrefixes(design).validSubnetsByVnet) {
      const vnet = index.vnets.get(vnetId);
      if (!vnet || items.length < 2) continue;
      if (ascendingAndDisjoint(items)) continue;
      for (const [a, b] of findOverlaps(items)) {
        out.push(
          finding(
            net004,
            `Subnets ${nameOf(b.key)} (${formatCidr(b.cidr)}) and ${nameOf(a.key)} (${formatCidr(a.cidr)}) in ${nameOf(vnet)} overlap: move ${nameOf(b.key)} to a free range.`,
            [b.key.id, a.key.id, vnet.id],
          ),
        );
      }
    }
    return out;
  },
};
