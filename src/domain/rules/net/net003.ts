import { cidrContains, formatCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** NET003: a subnet lies inside one of its VNet's address prefixes. */
export const net003: Rule = {
  id: 'NET003',
  severity: 'error',
  title: 'Subnet outside the VNet address space',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    const out: Finding[] = [];
    for (const [vnetId, items] of parsed.validSubnetsByVnet) {
      const vnet = index.vnets.get(vnetId);
      // A VNet with a mistyped prefix may have meant to hold them: NET001 comes first.
      if (!vnet || parsed.vnetsWithInvalid.has(vnetId)) continue;
      const space = parsed.vnet.get(vnetId) ?? [];
      for (const { key: subnet, cidr } of items) {
        let inside = false;
        for (const s of space) if (cidrContains(s, cidr)) inside = true;
        if (inside) continue;
        const where = space.length ? space.map(formatCidr).join(', ') : 'no address space';
        out.push(
          finding(
            net003,
            `Subnet ${subnetLabel(subnet, index)} (${formatCidr(cidr)}) lies outside ${nameOf(vnet)}'s address space (${where}): pick a prefix inside it or add an address prefix to the VNet.`,
            [subnet.id, vnet.id],
          ),
        );
      }
    }
    return out;
  },
};
