/**
 * Reading a hub's own objects: the firewall, virtual network gateways and Bastion hosts of a VNet, and the
 * next-hop address of a route (which may name a firewall instead of an address). Rules, reachability and
 * exports read them through these helpers.
 */
import { cidrContainsIp, ipToNumber, tryParseCidr } from '../ip/cidr';
import type { Bastion, Design, Firewall, Gateway, GatewaySku, Occupant, Route, Subnet } from './schema';

/** The firewall (Azure Firewall or NVA) of a VNet: the first one when a design holds several. */
export function firewallOf(design: Pick<Design, 'firewalls'>, vnetId: string): Firewall | undefined {
  return design.firewalls.find((f) => f.vnetId === vnetId);
}

/** The virtual network gateways of a VNet. */
export function gatewaysOf(design: Pick<Design, 'gateways'>, vnetId: string): Gateway[] {
  return design.gateways.filter((g) => g.vnetId === vnetId);
}

/** Whether a VNet has a virtual network gateway of its own (of `type` when given). */
export function hasGateway(
  design: Pick<Design, 'gateways'>,
  vnetId: string,
  type?: Gateway['type'],
): boolean {
  return design.gateways.some((g) => g.vnetId === vnetId && (type === undefined || g.type === type));
}

/** The Bastion hosts of a VNet. */
export function bastionsOf(design: Pick<Design, 'bastions'>, vnetId: string): Bastion[] {
  return design.bastions.filter((b) => b.vnetId === vnetId);
}

/**
 * The next-hop address of a route: the private IP of the firewall it names (`nextHopFirewallId`), else
 * its `nextHopIpAddress`. Undefined when it has neither (or names a firewall the design lacks).
 */
export function routeNextHopIp(design: Pick<Design, 'firewalls'>, route: Route): string | undefined {
  if (route.nextHopFirewallId !== undefined) {
    return design.firewalls.find((f) => f.id === route.nextHopFirewallId)?.privateIp;
  }
  return route.nextHopIpAddress;
}

/** The type of virtual network gateway a SKU belongs to. */
export function gatewaySkuType(sku: GatewaySku): Gateway['type'] {
  return /^VpnGw/.test(sku) ? 'Vpn' : 'ExpressRoute';
}

/** How a firewall is called in text: "Azure Firewall" or "NVA". */
export function firewallKindLabel(firewall: Pick<Firewall, 'kind'>): string {
  return firewall.kind === 'NVA' ? 'NVA' : 'Azure Firewall';
}

/**
 * The hub objects of a VNet in a few words for its card ("Vpn gateway · AzureFirewall · Bastion"): gateways
 * by type, firewalls by kind, then Bastion hosts. Empty when it has none.
 */
export function hubSummary(
  design: Pick<Design, 'firewalls' | 'gateways' | 'bastions'>,
  vnetId: string,
): string {
  return [
    ...gatewaysOf(design, vnetId).map((g) => `${g.type} gateway`),
    ...design.firewalls.filter((f) => f.vnetId === vnetId).map((f) => f.kind),
    ...bastionsOf(design, vnetId).map(() => 'Bastion'),
  ].join(' · ');
}

/**
 * The addresses the hub objects take in a subnet, as occupants: an Azure Firewall 1 in AzureFirewallSubnet
 * (it takes more as it scales out), an NVA 1 in the subnet holding its private IP, a virtual network
 * gateway 1 in GatewaySubnet (2 when active-active), a Bastion host 1 in AzureBastionSubnet (more with
 * scale units). Kept simple on purpose: the special subnets' minimum sizes leave room for the rest.
 */
export function hubOccupants(
  design: Pick<Design, 'firewalls' | 'gateways' | 'bastions'>,
  subnet: Pick<Subnet, 'vnetId' | 'name' | 'prefix'>,
): Occupant[] {
  const name = subnet.name.trim();
  const out: Occupant[] = [];
  for (const f of design.firewalls) {
    if (f.vnetId !== subnet.vnetId) continue;
    const here =
      f.kind === 'AzureFirewall' ? name === 'AzureFirewallSubnet' : holdsIp(subnet.prefix, f.privateIp);
    if (here) out.push({ kind: 'Other', name: f.name, count: 1 });
  }
  if (name === 'GatewaySubnet')
    for (const g of design.gateways)
      if (g.vnetId === subnet.vnetId)
        out.push({ kind: 'Gateway', name: g.name, count: g.activeActive ? 2 : 1 });
  if (name === 'AzureBastionSubnet')
    for (const b of design.bastions)
      if (b.vnetId === subnet.vnetId) out.push({ kind: 'Other', name: b.name, count: 1 });
  return out;
}

function holdsIp(prefix: string, ip: string): boolean {
  const cidr = tryParseCidr(prefix);
  const n = ipToNumber(ip.trim());
  return cidr !== undefined && n !== undefined && cidrContainsIp(cidr, n);
}
