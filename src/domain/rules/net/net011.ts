import { IPV6_SUBNET_PREFIX } from '../../catalog/limits';
import { tryParseCidr } from '../../ip/cidr';
import { looksLikeIpv6, tryParseCidr6 } from '../../ip/cidr6';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import type { Finding, Rule } from '../types';

/** NET011: IPv6 subnets are exactly /64, and a dual-stack VNet keeps an IPv4 prefix. */
export const net011: Rule = {
  id: 'NET011',
  severity: 'error',
  title: 'IPv6 prefix Azure refuses',
  docs: DOCS.ipv6,
  check(design, index) {
    const out: Finding[] = [];
    for (const vnet of design.vnets) {
      const v6 = vnet.addressPrefixes.filter((p) => looksLikeIpv6(p) && tryParseCidr6(p));
      if (v6.length === 0 || vnet.addressPrefixes.some((p) => tryParseCidr(p))) continue;
      out.push(
        finding(
          net011,
          `VNet ${nameOf(vnet)} has only IPv6 address prefixes (${v6.map((p) => p.trim()).join(', ')}): Azure needs an IPv4 prefix too; add one such as 10.0.0.0/16.`,
          [vnet.id],
        ),
      );
    }
    for (const subnet of design.subnets) {
      if (!subnet.ipv6Prefix?.trim()) continue;
      const c = tryParseCidr6(subnet.ipv6Prefix);
      if (!c || c.prefixLength === IPV6_SUBNET_PREFIX) continue;
      out.push(
        finding(
          net011,
          `Subnet ${subnetLabel(subnet, index)} has IPv6 prefix ${subnet.ipv6Prefix.trim()} (/${c.prefixLength}): Azure's IPv6 subnets are exactly /${IPV6_SUBNET_PREFIX}; use a /${IPV6_SUBNET_PREFIX}.`,
          [subnet.id, subnet.vnetId],
        ),
      );
    }
    return out;
  },
};
