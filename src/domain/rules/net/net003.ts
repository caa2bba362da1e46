import { type Cidr, cidrContains, formatCidr } from '../../ip/cidr';
import type { Subnet } from '../../model/schema';
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
    for (let i = 0; i < design.subnets.length; i++) {
      const c = parsed.subnetAt[i];
      const subnet = design.subnets[i] as Subnet;
      // A VNet with a mistyped prefix may have meant to hold it: NET001 comes first.
      if (!c || parsed.vnetsWithInvalid.has(subnet.vnetId)) continue;
      const space: Cidr[] | undefined = parsed.vnet.get(subnet.vnetId);
      if (!space || space.some((s) => cidrContains(s, c))) continue;
      const vnet = index.vnets.get(subnet.vnetId);
      if (!vnet) continue;
      const where = space.length ? space.map(formatCidr).join(', ') : 'no address space';
      out.push(
        finding(
          net003,
          `Subnet ${subnetLabel(subnet, index)} (${formatCidr(c)}) lies outside ${nameOf(vnet)}'s address space (${where}): pick a prefix inside it or add an address prefix to the VNet.`,
          [subnet.id, vnet.id],
        ),
      );
    }
    return out;
  },
};
