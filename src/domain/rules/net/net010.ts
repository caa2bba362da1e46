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
    for (const vnet of index.vnets.values()) {
      const counts: Array<[number, number, string]> = [
        [index.subnetsByVnet.get(vnet.id)?.length ?? 0, MAX_SUBNETS_PER_VNET, 'subnets'],
        [index.peeringsByVnet.get(vnet.id)?.length ?? 0, MAX_PEERINGS_PER_VNET, 'peerings'],
        [vnet.dnsServers.length, MAX_DNS_SERVERS_PER_VNET, 'DNS servers'],
      ];
      for (const [n, max, what] of counts) {
        if (n <= max) continue;
        out.push(
          finding(
            net010,
            `VNet ${nameOf(vnet)} has ${n} ${what}, more than Azure's limit of ${max.toLocaleString('en-US')}: split it across VNets or remove ${n - max}.`,
            [vnet.id],
          ),
        );
      }
    }
    return out;
  },
};
