import type { Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import { specialSubnet } from '../shared/special-subnets';
import type { Finding, Rule } from '../types';
import { hubObjectFindings } from './net013-hub';

/**
 * NET013: the subnets Azure services claim by name (`GatewaySubnet`, `AzureFirewallSubnet`, ...) have a
 * smallest size, are never delegated, and `GatewaySubnet` takes no NSG. A `GatewaySubnet` from /29 to /28
 * deploys but is below the recommended /27: that finding is a warning. A hub's firewall, gateways and
 * Bastion hosts need their special subnet (see `net013-hub.ts`).
 */
export const net013: Rule = {
  id: 'NET013',
  severity: 'error',
  title: 'Special subnet breaks its service’s rules',
  docs: DOCS.gatewaySubnet,
  check(design, index) {
    const { subnetAt } = parsedPrefixes(design);
    const out: Finding[] = [];
    for (let i = 0; i < design.subnets.length; i++) {
      const subnet = design.subnets[i] as Subnet;
      const special = specialSubnet(subnet.name);
      if (!special) continue;
      const label = subnetLabel(subnet, index);
      const p = subnetAt[i]?.prefixLength;
      const problems: string[] = [];
      if (p !== undefined && p > special.minPrefix)
        problems.push(`is /${p} but ${special.service} needs /${special.minPrefix} or larger`);
      if (subnet.delegations.length > 0)
        problems.push(
          `is delegated to ${subnet.delegations.join(', ')}, which ${special.service} does not allow`,
        );
      const nsg = subnet.nsgId ? index.nsgs.get(subnet.nsgId) : undefined;
      if (special.name === 'GatewaySubnet' && nsg)
        problems.push(`has NSG ${nameOf(nsg)}, which gateways do not support`);
      if (problems.length > 0) {
        const fixes = [
          ...(p !== undefined && p > special.minPrefix ? [`make it /${special.minPrefix} or larger`] : []),
          ...(subnet.delegations.length > 0 ? ['remove the delegation'] : []),
          ...(special.name === 'GatewaySubnet' && nsg ? ['detach the NSG'] : []),
        ];
        out.push(
          finding(net013, `Subnet ${label} ${problems.join(' and ')}: ${fixes.join(', ')}.`, [
            subnet.id,
            subnet.vnetId,
            nsg?.id,
          ]),
        );
        continue;
      }
      if (p !== undefined && special.recommendedPrefix !== undefined && p > special.recommendedPrefix) {
        out.push({
          ...finding(
            net013,
            `Subnet ${label} is /${p}: it deploys, but Microsoft recommends /${special.recommendedPrefix} or larger for ${special.service} (room for more gateways and ExpressRoute); make it /${special.recommendedPrefix}.`,
            [subnet.id, subnet.vnetId],
          ),
          severity: 'warning',
        });
      }
    }
    out.push(...hubObjectFindings(net013, design, index));
    return out;
  },
};
