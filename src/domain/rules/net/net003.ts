import { cidrContains, formatCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Rule } from '../types';

/** NET003: a subnet lies inside one of its VNet's address prefixes. */
export const net003: Rule = {
  id: 'NET003',
  severity: 'error',
  title: 'Subnet outside the VNet address space',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    return design.subnets.flatMap((subnet) => {
      const c = parsed.subnet.get(subnet.id);
      const vnet = index.vnets.get(subnet.vnetId);
      // A VNet with a mistyped prefix may have meant to hold it: NET001 comes first.
      if (!c || !vnet || parsed.vnetsWithInvalid.has(vnet.id)) return [];
      const space = parsed.vnet.get(vnet.id) ?? [];
      if (space.some((s) => cidrContains(s, c))) return [];
      const where = space.length ? space.map(formatCidr).join(', ') : 'no address space';
      return [
        finding(
          net003,
          `Subnet ${subnetLabel(subnet, index)} (${formatCidr(c)}) lies outside ${nameOf(vnet)}'s address space (${where}): pick a prefix inside it or add an address prefix to the VNet.`,
          [subnet.id, vnet.id],
        ),
      ];
    });
  },
};
