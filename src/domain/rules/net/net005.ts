import { FORBIDDEN_RANGES } from '../../catalog/limits';
import { type Cidr, cidrEnd, formatCidr, tryParseCidr } from '../../ip/cidr';
import type { Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

const forbidden = FORBIDDEN_RANGES.map((t) => tryParseCidr(t)).filter((c): c is Cidr => c !== undefined);
const forbiddenEnds = forbidden.map(cidrEnd);
/** Everything below the lowest forbidden range (all of 10.0.0.0/8, for one) needs no further check. */
const lowestForbidden = Math.min(...forbidden.map((f) => f.start));

function forbiddenHits(c: Cidr): Cidr[] {
  const end = cidrEnd(c);
  if (end < lowestForbidden) return [];
  return forbidden.filter((f, i) => f.start <= end && c.start <= (forbiddenEnds[i] as number));
}

/** NET005: Azure never allows multicast, broadcast, loopback, link-local or its platform IP. */
export const net005: Rule = {
  id: 'NET005',
  severity: 'error',
  title: 'Prefix overlaps a range Azure forbids',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    const out: Finding[] = [];
    const check = (c: Cidr, owner: () => string, ids: string[]) => {
      const hit = forbiddenHits(c);
      if (hit.length === 0) return;
      out.push(
        finding(
          net005,
          `${owner()} (${formatCidr(c)}) overlaps ${hit.map(formatCidr).join(', ')}, which Azure does not allow: use a private range such as 10.0.0.0/8.`,
          ids,
        ),
      );
    };
    for (const vnet of index.vnets.values()) {
      for (const c of parsed.vnet.get(vnet.id) ?? [])
        if (cidrEnd(c) >= lowestForbidden) check(c, () => `VNet ${nameOf(vnet)}`, [vnet.id]);
    }
    for (let i = 0; i < design.subnets.length; i++) {
      const c = parsed.subnetAt[i];
      const subnet = design.subnets[i] as Subnet;
      // Most prefixes lie below every forbidden range: settle them before allocating anything.
      if (c && cidrEnd(c) >= lowestForbidden)
        check(c, () => `Subnet ${subnetLabel(subnet, index)}`, [subnet.id, subnet.vnetId]);
    }
    return out;
  },
};
