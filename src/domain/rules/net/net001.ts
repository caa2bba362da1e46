import { parseCidr } from '../../ip/cidr';
import { looksLikeIpv6, parseCidr6 } from '../../ip/cidr6';
import type { Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/**
 * NET001: every prefix must be valid CIDR with no host bits: IPv4, or IPv6 where a dual-stack VNet allows it
 * (a VNet's address space, a subnet's `ipv6Prefix`, on-premises ranges). Other rules skip invalid prefixes.
 */
export const net001: Rule = {
  id: 'NET001',
  severity: 'error',
  title: 'Invalid address prefix',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const out: Finding[] = [];
    const report = (text: string, owner: string, ids: string[], family: 'ipv4' | 'any' = 'any') => {
      let r = parseCidr(text);
      if (r.ok) return;
      if (r.code === 'ipv6' && family === 'ipv4') {
        out.push(
          finding(
            net001,
            `${owner}: ${text.trim()} is IPv6 but a subnet's prefix is its IPv4 prefix: enter an IPv4 prefix and put ${text.trim()} in its IPv6 prefix.`,
            ids,
          ),
        );
        return;
      }
      if (r.code === 'ipv6' || (family === 'any' && looksLikeIpv6(text))) {
        const r6 = parseCidr6(text);
        if (r6.ok) return;
        r = r6;
      }
      let message: string;
      if (r.code === 'empty')
        message = `${owner} has an empty address prefix: enter one such as 10.0.0.0/24.`;
      else if (r.code === 'host-bits')
        message = `${owner}: ${text.trim()} has host bits set: use the network address ${r.suggestion}.`;
      else
        message = `${owner}: ${r.message.replace(/\.$/, '')}${r.suggestion ? ` (did you mean ${r.suggestion}?)` : ''}.`;
      out.push(finding(net001, message, ids));
    };
    const parsed = parsedPrefixes(design);
    for (const vnet of design.vnets) {
      for (const p of vnet.addressPrefixes) report(p, `VNet ${nameOf(vnet)}`, [vnet.id]);
    }
    for (let i = 0; i < design.subnets.length; i++) {
      if (parsed.subnetAt[i]) continue;
      const subnet = design.subnets[i] as Subnet;
      report(subnet.prefix, `Subnet ${subnetLabel(subnet, index)}`, [subnet.id, subnet.vnetId], 'ipv4');
    }
    for (const subnet of design.subnets) {
      if (!subnet.ipv6Prefix?.trim()) continue;
      const r6 = parseCidr6(subnet.ipv6Prefix);
      if (r6.ok) continue;
      const owner = `Subnet ${subnetLabel(subnet, index)}`;
      out.push(
        finding(
          net001,
          r6.code === 'host-bits'
            ? `${owner}: IPv6 prefix ${subnet.ipv6Prefix.trim()} has host bits set: use the network address ${r6.suggestion}.`
            : `${owner}: ${r6.message.replace(/\.$/, '')}${r6.suggestion ? ` (did you mean ${r6.suggestion}?)` : ''}.`,
          [subnet.id, subnet.vnetId],
        ),
      );
    }
    for (const res of design.resources) {
      if (res.placement.type !== 'onPremises') continue;
      for (const p of res.placement.addressPrefixes)
        report(p, `On-premises network ${nameOf(res)}`, [res.id]);
    }
    return out;
  },
};
