import { MAX_DNS_SERVERS_PER_VNET, MAX_PEERINGS_PER_VNET, MAX_SUBNETS_PER_VNET } from '../../catalog/limits';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** NET010: per-VNet limits (subnets, peerings, DNS servers). */
export const net010: Rule = {
  id: 'NET010',
  severity: 'error',
  title: 'Azure limit exceeded',
  docs: DOCS.limits,
  check(_design, index) {
    const out: Finding[] = [];
    const check = (vnetName: string, vnetId: string, n: number, max: number, what: string) => {
      if (n <= max) return;
      out.push(
        finding(
          net010,
          `VNet ${vnetName} has ${n} ${what}, more than Azure's limit of ${max.toLocaleString('en-US')}: split it across VNets or remove ${n - max}.`,
          [vnetId],
        ),
      );
    };
    for (const vnet of index.vnets.values()) {
      const subnets = index.subnetsByVnet.get(vnet.id)?.length ?? 0;
      const peerings = index.peeringsByVnet.get(vnet.id)?.length ?? 0;
      if (subnets > MAX_SUBNETS_PER_VNET)
        check(nameOf(vnet), vnet.id, subnets, MAX_SUBNETS_PER_VNET, 'subnets');
      if (peerings > MAX_PEERINGS_PER_VNET)
        check(nameOf(vnet), vnet.id, peerings, MAX_PEERINGS_PER_VNET, 'peerings');
      if (vnet.dnsServers.length > MAX_DNS_SERVERS_PER_VNET)
        check(nameOf(vnet), vnet.id, vnet.dnsServers.length, MAX_DNS_SERVERS_PER_VNET, 'DNS servers');
    }
    return out;
  },
};
