/**
 * NET013 for a hub's own objects: each lives in the special subnet its service claims, a gateway's SKU
 * belongs to its type, an Azure Firewall's private IP is in AzureFirewallSubnet, and a VNet holds at most
 * one gateway of each type.
 * https://learn.microsoft.com/azure/firewall/firewall-faq#does-the-firewall-subnet-size-need-to-change-as-the-service-scales
 * https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub
 * https://learn.microsoft.com/azure/bastion/configuration-settings#subnet
 */
import { cidrContainsIp, firstUsable, ipToNumber, tryParseCidr } from '../../ip/cidr';
import type { DesignIndex } from '../../model/design-index';
import { type HubKind, type HubObject, hostSubnet, hubSubnetName } from '../../model/hub-hosts';
import { gatewaySkuType } from '../../model/hub-objects';
import type { Design, Gateway, Subnet } from '../../model/schema';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { specialSubnet } from '../shared/special-subnets';
import type { Finding, Rule } from '../types';

const typeLabel = (type: Gateway['type']) => (type === 'Vpn' ? 'VPN' : 'ExpressRoute');
const withArticle = (type: Gateway['type']) => (type === 'Vpn' ? 'a VPN' : 'an ExpressRoute');
const defaultSku = (type: Gateway['type']) => (type === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ');

export function hubObjectFindings(
  rule: Pick<Rule, 'id' | 'severity' | 'docs'>,
  design: Design,
  index: DesignIndex,
): Finding[] {
  const out: Finding[] = [];
  /** The subnet of its VNet that hosts a hub object, if the VNet has it. */
  const host = (kind: HubKind, object: HubObject): Subnet | undefined =>
    hostSubnet({ subnets: index.subnetsByVnet.get(object.vnetId) ?? [] }, kind, object);
  const vnetLabel = (vnetId: string) => {
    const vnet = index.vnets.get(vnetId);
    return vnet ? nameOf(vnet) : vnetId;
  };
  const missing = (objectId: string, what: string, vnetId: string, subnetName: string) => {
    const min = specialSubnet(subnetName)?.minPrefix;
    out.push(
      finding(
        rule,
        `${what} is in VNet ${vnetLabel(vnetId)}, which has no ${subnetName}: add a subnet named ${subnetName}${min ? ` (/${min} or larger)` : ''} to ${vnetLabel(vnetId)}.`,
        [objectId, vnetId],
      ),
    );
  };

  for (const fw of design.firewalls) {
    if (fw.kind !== 'AzureFirewall') continue;
    const what = `Azure Firewall ${nameOf(fw)}`;
    const subnet = host('firewall', fw);
    if (!subnet) {
      missing(fw.id, what, fw.vnetId, hubSubnetName.firewall);
      continue;
    }
    const prefix = tryParseCidr(subnet.prefix);
    const ip = ipToNumber(fw.privateIp.trim());
    if (!prefix || ip === undefined || cidrContainsIp(prefix, ip)) continue;
    const expected = firstUsable(prefix);
    out.push(
      finding(
        rule,
        `${what} has private IP ${fw.privateIp.trim()}, outside AzureFirewallSubnet ${subnet.prefix.trim()} of VNet ${vnetLabel(fw.vnetId)}: Azure gives the firewall the subnet's 4th address${expected ? ` (${expected})` : ''}; set the private IP to it.`,
        [fw.id, subnet.id, fw.vnetId],
      ),
    );
  }

  const byVnetAndType = new Map<string, Gateway[]>();
  for (const gw of design.gateways) {
    const what = `${typeLabel(gw.type)} gateway ${nameOf(gw)}`;
    if (!host('gateway', gw))
      missing(gw.id, `Virtual network gateway ${nameOf(gw)}`, gw.vnetId, hubSubnetName.gateway);
    if (gatewaySkuType(gw.sku) !== gw.type) {
      out.push(
        finding(
          rule,
          `${what} has SKU ${gw.sku}, which is ${withArticle(gatewaySkuType(gw.sku))} SKU: choose ${withArticle(gw.type)} SKU (such as ${defaultSku(gw.type)}) or make it ${withArticle(gatewaySkuType(gw.sku))} gateway.`,
          [gw.id, gw.vnetId],
        ),
      );
    }
    const key = `${gw.vnetId}\u0000${gw.type}`;
    const list = byVnetAndType.get(key);
    if (list) list.push(gw);
    else byVnetAndType.set(key, [gw]);
  }
  for (const list of byVnetAndType.values()) {
    const first = list[0];
    if (!first || list.length < 2) continue;
    out.push(
      finding(
        rule,
        `VNet ${vnetLabel(first.vnetId)} has ${list.length} ${typeLabel(first.type)} gateways (${list
          .slice(0, 3)
          .map((g) => nameOf(g))
          .join(
            ', ',
          )}${list.length > 3 ? ` and ${list.length - 3} more` : ''}), but a VNet holds one gateway of each type: remove all but one.`,
        [...list.map((g) => g.id), first.vnetId],
      ),
    );
  }

  for (const bastion of design.bastions) {
    if (!host('bastion', bastion))
      missing(bastion.id, `Azure Bastion ${nameOf(bastion)}`, bastion.vnetId, hubSubnetName.bastion);
  }
  return out;
}
