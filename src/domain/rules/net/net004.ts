import { cidrEnd, formatCidr } from '../../ip/cidr';
import { findOverlapClusters, type KeyedCidr } from '../../ip/overlaps';
import type { Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** Subnets named in a cluster's message; the rest are counted. */
const NAMED_IN_CLUSTER = 3;

/** Whether the blocks, in the given order, are ascending and disjoint: the usual case, checked without sorting. */
function ascendingAndDisjoint(items: ReadonlyArray<KeyedCidr<unknown>>): boolean {
  let lastEnd = -1;
  for (const { cidr } of items) {
    if (cidr.start <= lastEnd) return false;
    lastEnd = cidrEnd(cidr);
  }
  return true;
}

const label = (item: KeyedCidr<Subnet>) => `${nameOf(item.key)} (${formatCidr(item.cidr)})`;

/**
 * NET004: subnets of one VNet never overlap. One finding per cluster of overlapping subnets (sort and
 * sweep per VNet, O(n log n)), so 5,000 subnets on one prefix are one finding, not 12.5 million pairs.
 */
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
      for (const cluster of findOverlapClusters(items)) {
        const [outer, ...inner] = cluster as [KeyedCidr<Subnet>, ...KeyedCidr<Subnet>[]];
        // The subnets to move come first (the culprits), then the outermost one, then the VNet.
        const ids = [...inner.map((c) => c.key.id), outer.key.id, vnet.id];
        if (inner.length === 1) {
          const b = inner[0] as KeyedCidr<Subnet>;
          out.push(
            finding(
              net004,
              `Subnets ${label(b)} and ${label(outer)} in ${nameOf(vnet)} overlap: move ${nameOf(b.key)} to a free range.`,
              ids,
            ),
          );
          continue;
        }
        const named = cluster.slice(0, NAMED_IN_CLUSTER).map(label);
        const rest = cluster.length - named.length;
        const names = rest > 0 ? `${named.join(', ')} and ${rest} more` : listNames(named);
        out.push(
          finding(
            net004,
            `${cluster.length} subnets in ${nameOf(vnet)} overlap within ${formatCidr(outer.cidr)}: ${names}. Give each of them a range of its own.`,
            ids,
          ),
        );
      }
    }
    return out;
  },
};
