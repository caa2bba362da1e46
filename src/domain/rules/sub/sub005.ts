import { AZURE_DNS_IP } from '../../catalog/limits';
import { type Cidr, cidrContainsIp, ipToNumber, tryParseCidr } from '../../ip/cidr';
import type { DesignIndex } from '../../model/design-index';
import { hasGateway } from '../../model/hub-objects';
import type { Design, VirtualNetwork } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { dependsOnSource, evaluateOutbound, type FlowVerdict } from '../shared/nsg-eval';
import { type ParsedPrefixes, parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

const AZURE_DNS = ipToNumber(AZURE_DNS_IP) as number;

/**
 * The VirtualNetwork service tag of a VNet: its own address space, its peers', and the on-premises networks
 * behind a gateway it has or uses through gateway transit.
 * https://learn.microsoft.com/azure/virtual-network/service-tags-overview#available-service-tags
 */
function virtualNetworkSpace(
  design: Design,
  vnet: VirtualNetwork,
  index: DesignIndex,
  parsed: ParsedPrefixes,
): Cidr[] {
  const space = [...(parsed.vnet.get(vnet.id) ?? [])];
  const gateways = new Set(hasGateway(design, vnet.id) ? [vnet.id] : []);
  for (const p of index.peeringsByVnet.get(vnet.id) ?? []) {
    const other = p.vnetAId === vnet.id ? p.vnetBId : p.vnetAId;
    if (other === vnet.id || !p.aToB || !p.bToA) continue;
    space.push(...(parsed.vnet.get(other) ?? []));
    const [mine, theirs] = p.vnetAId === vnet.id ? [p.aToB, p.bToA] : [p.bToA, p.aToB];
    if (mine.useRemoteGateways && theirs.allowGatewayTransit && hasGateway(design, other))
      gateways.add(other);
  }
  if (gateways.size === 0) return space;
  for (const res of design.resources) {
    if (res.placement.type !== 'onPremises' || !gateways.has(res.placement.gatewayVnetId)) continue;
    for (const text of res.placement.addressPrefixes) {
      const c = tryParseCidr(text);
      if (c) space.push(c);
    }
  }
  return space;
}

/**
 * SUB005: Power Platform's health checks need outbound TCP 53 to the VNet's DNS servers. Azure-provided DNS
 * is blocked only by a rule naming `AzurePlatformDNS`; custom servers by any matching Deny.
 */
export const sub005: Rule = {
  id: 'SUB005',
  severity: 'warning',
  title: 'NSG blocks DNS health checks',
  docs: DOCS.setup,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    const spaces = new Map<string, Cidr[]>();
    // Subnets often share an NSG and DNS servers: each distinct flow is evaluated once.
    const verdicts = new Map<string, FlowVerdict>();
    const sourceMatters = new Map<string, boolean>();
    const out: Finding[] = [];
    for (const subnet of parsed.powerPlatformSubnets) {
      const nsg = subnet.nsgId ? index.nsgs.get(subnet.nsgId) : undefined;
      const vnet = index.vnets.get(subnet.vnetId);
      if (!nsg || !vnet) continue;
      const source = tryParseCidr(subnet.prefix);
      const servers = vnet.dnsServers.length > 0 ? vnet.dnsServers : [AZURE_DNS_IP];
      for (const server of servers) {
        const ip = tryParseCidr(`${server.trim()}/32`)?.start;
        if (ip === undefined) continue;
        let space = spaces.get(vnet.id);
        if (!space) {
          space = virtualNetworkSpace(design, vnet, index, parsed);
          spaces.set(vnet.id, space);
        }
        const inVnet = space.some((c) => cidrContainsIp(c, ip));
        let bySource = sourceMatters.get(nsg.id);
        if (bySource === undefined) {
          bySource = dependsOnSource(nsg);
          sourceMatters.set(nsg.id, bySource);
        }
        const sourceKey = bySource && source ? `${source.start}/${source.prefixLength}` : '';
        const key = `${nsg.id}|${ip}|${inVnet}|${sourceKey}`;
        let verdict = verdicts.get(key);
        if (!verdict) {
          verdict = evaluateOutbound(nsg, {
            protocol: 'Tcp',
            port: 53,
            destination: ip,
            source,
            destinationInVirtualNetwork: inVnet,
            destinationIsAzureDns: ip === AZURE_DNS,
          });
          verdicts.set(key, verdict);
        }
        if (verdict.allowed || !verdict.rule) continue;
        const what =
          vnet.dnsServers.length > 0 ? `DNS server ${server.trim()}` : `Azure DNS (${AZURE_DNS_IP})`;
        out.push(
          finding(
            sub005,
            `NSG ${nameOf(nsg)} on subnet ${subnetLabel(subnet, index)} blocks outbound TCP 53 to ${what} with rule ${verdict.rule.name || '(unnamed)'} (priority ${verdict.rule.priority}): add an Allow rule for it with a lower priority number.`,
            [nsg.id, subnet.id],
          ),
        );
      }
    }
    return out;
  },
};
