import { findOverlaps, formatCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

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
