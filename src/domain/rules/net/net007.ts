import { formatCidr } from '../../ip/cidr';
import { findOverlapClusters } from '../../ip/overlaps';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** Prefixes named in a cluster's message; the rest are counted. */
const NAMED_IN_CLUSTER = 3;

/** NET007: a VNet's own address prefixes never overlap. One finding per cluster of overlapping prefixes. */
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
      for (const cluster of findOverlapClusters(list.map((cidr, i) => ({ key: i, cidr })))) {
        const shown = cluster.slice(0, NAMED_IN_CLUSTER).map((c) => formatCidr(c.cidr));
        const rest = cluster.length - shown.length;
        const text =
          cluster.length === 2
            ? `overlapping address prefixes ${shown[0]} and ${shown[1]}`
            : `${cluster.length} overlapping address prefixes (${rest > 0 ? `${shown.join(', ')} and ${rest} more` : listNames(shown)})`;
        out.push(
          finding(
            net007,
            `VNet ${nameOf(vnet)} has ${text}: ${cluster.length === 2 ? 'remove one or make them disjoint' : 'keep one of each overlapping group or make them disjoint'}.`,
            [vnet.id],
          ),
        );
      }
    }
    return out;
  },
};
