import { findOverlaps, formatCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** NET007: a VNet's own address prefixes never overlap. */
export const net007: Rule = {
  id: 'NET007',
  severity: 'error',
  title: 'Overlapping VNet address prefixes',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    const out: Finding[] = [];
    for (const vnet of index.vnets.values()) {
      const list = parsed.vnet.get(vnet.id) ?? [];
      if (list.length < 2) continue;
      for (const [a, b] of findOverlaps(list.map((cidr, i) => ({ key: i, cidr })))) {
        out.push(
          finding(
            net007,
            `VNet ${nameOf(vnet)} has overlapping address prefixes ${formatCidr(a.cidr)} and ${formatCidr(b.cidr)}: remove one or make them disjoint.`,
            [vnet.id],
          ),
        );
      }
    }
    return out;
  },
};
