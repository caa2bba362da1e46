import { FORBIDDEN_RANGES } from '../../catalog/limits';
import { type Cidr, cidrOverlaps, formatCidr, tryParseCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

const forbidden = FORBIDDEN_RANGES.map((t) => tryParseCidr(t)).filter((c): c is Cidr => c !== undefined);

/** NET005: Azure never allows multicast, broadcast, loopback, link-local or its platform IP. */
export const net005: Rule = {
  id: 'NET005',
  severity: 'error',
  title: 'Prefix overlaps a range Azure forbids',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    const out: Finding[] = [];
    const check = (c: Cidr, owner: string, ids: string[]) => {
      const hit = forbidden.filter((f) => cidrOverlaps(f, c));
      if (hit.length === 0) return;
      out.push(
        finding(
          net005,
          `${owner} (${formatCidr(c)}) overlaps ${hit.map(formatCidr).join(', ')}, which Azure does not allow: use a private range such as 10.0.0.0/8.`,
          ids,
        ),
      );
    };
    for (const vnet of index.vnets.values()) {
      for (const c of parsed.vnet.get(vnet.id) ?? []) check(c, `VNet ${nameOf(vnet)}`, [vnet.id]);
    }
    for (const subnet of design.subnets) {
      const c = parsed.subnet.get(subnet.id);
      if (c) check(c, `Subnet ${subnetLabel(subnet, index)}`, [subnet.id, subnet.vnetId]);
    }
    return out;
  },
};
