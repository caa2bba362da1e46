import { tryParseCidr } from '../../ip/cidr';
import type { Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf, subnetLabel } from '../shared/names';
import { linkedPolicies, policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/** SUB004: environments that call the internet need a NAT gateway or a default route to a firewall. */
export const sub004: Rule = {
  id: 'SUB004',
  severity: 'warning',
  title: 'No outbound internet path for internet-calling environments',
  docs: DOCS.natGateway,
  check(design, index) {
    const contexts = policyContexts(design);
    const callers = new Map<string, { subnet: Subnet; envIds: string[] }>();
    for (const env of design.environments) {
      if (!env.callsInternet) continue;
      for (const policy of linkedPolicies(env.policyIds, index)) {
        for (const { subnet } of contexts.get(policy.id)?.targets ?? []) {
          const entry = callers.get(subnet.id) ?? { subnet, envIds: [] };
          if (!entry.envIds.includes(env.id)) entry.envIds.push(env.id);
          callers.set(subnet.id, entry);
        }
      }
    }
    const out = [];
    for (const { subnet, envIds } of callers.values()) {
      if (subnet.natGatewayId && index.natGateways.has(subnet.natGatewayId)) continue;
      const table = subnet.routeTableId ? index.routeTables.get(subnet.routeTableId) : undefined;
      const defaultToFirewall = table?.routes.some(
        (r) => r.nextHopType === 'VirtualAppliance' && tryParseCidr(r.addressPrefix)?.prefixLength === 0,
      );
      if (defaultToFirewall) continue;
      const names = envIds.map((id) => {
        const e = index.environments.get(id);
        return e ? nameOf(e) : id;
      });
      out.push(
        finding(
          sub004,
          `${listNames(names)} ${names.length === 1 ? 'calls' : 'call'} internet endpoints but subnet ${subnetLabel(subnet, index)} has no NAT gateway and no 0.0.0.0/0 route to a firewall: attach a NAT gateway (or route 0.0.0.0/0 to a firewall).`,
          [subnet.id, ...envIds],
        ),
      );
    }
    return out;
  },
};
