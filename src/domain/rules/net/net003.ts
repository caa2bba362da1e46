import { cidrContains, formatCidr } from '../../ip/cidr';
import { type Cidr6, cidr6Contains, prefixFamily, tryParseCidr6 } from '../../ip/cidr6';
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
    // The IPv6 half of dual-stack subnets: inside one of the VNet's IPv6 prefixes.
    for (const subnet of design.subnets) {
      const c = subnet.ipv6Prefix ? tryParseCidr6(subnet.ipv6Prefix) : undefined;
      const vnet = c ? index.vnets.get(subnet.vnetId) : undefined;
      if (!c || !vnet || index.subnets.get(subnet.id) !== subnet) continue;
      const texts = vnet.addressPrefixes.filter((p) => prefixFamily(p) === 'ipv6');
      const space = texts.map((p) => tryParseCidr6(p) as Cidr6);
      if (space.some((s) => cidr6Contains(s, c))) continue;
      out.push(
        finding(
          net003,
          space.length
            ? `Subnet ${subnetLabel(subnet, index)} (IPv6 ${subnet.ipv6Prefix?.trim()}) lies outside ${nameOf(vnet)}'s IPv6 address space (${texts.map((t) => t.trim()).join(', ')}): pick a /64 inside it.`
            : `Subnet ${subnetLabel(subnet, index)} has IPv6 prefix ${subnet.ipv6Prefix?.trim()} but ${nameOf(vnet)} has no IPv6 address prefix: add one (e.g. a /48 or /56) to make the VNet dual-stack.`,
          [subnet.id, vnet.id],
        ),
      );
    }
    return out;
  },
};
