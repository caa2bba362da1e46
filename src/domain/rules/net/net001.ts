import { parseCidr } from '../../ip/cidr';
import type { Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** NET001: every prefix must be valid IPv4 CIDR with no host bits. Other rules skip invalid prefixes. */
export const net001: Rule = {
  id: 'NET001',
  severity: 'error',
  title: 'Invalid address prefix',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const out: Finding[] = [];
    const report = (text: string, owner: string, ids: string[]) => {
      const r = parseCidr(text);
      if (r.ok) return;
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
      report(subnet.prefix, `Subnet ${subnetLabel(subnet, index)}`, [subnet.id, subnet.vnetId]);
    }
    for (const res of design.resources) {
      if (res.placement.type !== 'onPremises') continue;
      for (const p of res.placement.addressPrefixes)
        report(p, `On-premises network ${nameOf(res)}`, [res.id]);
    }
    return out;
  },
};
