/**
 * Whether a delegated VNet can resolve a private endpoint's name. Power Platform resolves with the DNS
 * configured on the VNet that holds the delegated subnet: with Azure DNS, the private DNS zone must be
 * linked to that VNet; with custom DNS servers, at least one must be reachable from it.
 * https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
import { PRIVATE_RANGES } from '../catalog/limits';
import { privateDnsZoneByKind } from '../catalog/private-dns-zones';
import {
  type Cidr,
  cidrContains,
  cidrContainsIp,
  cidrFromNumber,
  ipToNumber,
  tryParseCidr,
} from '../ip/cidr';
import { indexDesign } from '../model/design-index';
import { hasGateway } from '../model/hub-objects';
import type { Design, PrivateResource, Subnet, VirtualNetwork } from '../model/schema';
import { reachFrom } from './reach-from';
import { buildReachGraph } from './reach-graph';

export interface DnsGap {
  fix: string;
  objectIds: string[];
}

const privateRanges = PRIVATE_RANGES.map((t) => tryParseCidr(t)).filter((c): c is Cidr => c !== undefined);
const nameOf = (e: { id: string; name: string }) => e.name.trim() || e.id;

/** The VNet whose address space holds the address (first match). */
function vnetHolding(design: Design, ip: number): VirtualNetwork | undefined {
  return design.vnets.find((v) =>
    v.addressPrefixes.some((p) => {
      const c = tryParseCidr(p);
      return c !== undefined && cidrContainsIp(c, ip);
    }),
  );
}

/** Whether a DNS server address is reachable from the delegated subnet. */
function serverReachable(design: Design, subnet: Subnet, from: VirtualNetwork, text: string): boolean {
  const ip = ipToNumber(text.trim());
  if (ip === undefined) return false;
  const holder = vnetHolding(design, ip);
  if (holder)
    return reachFrom(design, subnet, { type: 'vnet', vnet: holder, range: cidrFromNumber(ip, 32) }).reachable;
  const single = cidrFromNumber(ip, 32);
  if (!privateRanges.some((r) => cidrContains(r, single))) return true; // a public resolver
  // A private address outside every VNet: on premises, reachable through a gateway.
  if (hasGateway(design, from.id)) return true;
  for (const link of buildReachGraph(design).connected.get(from.id)?.values() ?? []) {
    if (link.local.useRemoteGateways && link.remote.allowGatewayTransit) return true;
  }
  return false;
}

/** What keeps `subnet`'s VNet from resolving the private endpoint of `resource`, if anything. */
export function privateDnsGap(design: Design, subnet: Subnet, resource: PrivateResource): DnsGap | undefined {
  if (resource.placement.type !== 'subnet' || !resource.placement.privateEndpoint) return undefined;
  const index = indexDesign(design);
  const vnet = index.vnets.get(subnet.vnetId);
  if (!vnet) return undefined;
  const servers = vnet.dnsServers.filter((s) => s.trim() !== '');
  if (servers.length === 0) {
    const zone = resource.privateDnsZoneId ? index.privateDnsZones.get(resource.privateDnsZoneId) : undefined;
    if (zone?.vnetIds.includes(vnet.id)) return undefined;
    return {
      fix: zone
        ? `${nameOf(vnet)} uses Azure DNS and private DNS zone ${nameOf(zone)} is not linked to it: link the zone to ${nameOf(vnet)}`
        : `${nameOf(vnet)} uses Azure DNS and no private DNS zone resolves ${nameOf(resource)}: add the private DNS zone ${privateDnsZoneByKind[resource.kind]}, choose it as ${nameOf(resource)}'s private DNS zone and link the zone to ${nameOf(vnet)}`,
      objectIds: zone ? [vnet.id, zone.id] : [vnet.id],
    };
  }
  if (servers.some((s) => serverReachable(design, subnet, vnet, s))) return undefined;
  return {
    fix: `${nameOf(vnet)}'s custom DNS servers (${servers.join(', ')}) are unreachable from it: peer it with the DNS servers' VNet or use reachable DNS servers`,
    objectIds: [vnet.id],
  };
}
