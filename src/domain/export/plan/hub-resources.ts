/**
 * The hub's own objects as resources: an Azure Firewall, a virtual network gateway or a Bastion host,
 * each with its Standard static public IP(s) and an IP configuration in its VNet's special subnet
 * (`AzureFirewallSubnet`, `GatewaySubnet`, `AzureBastionSubnet`). Objects marked as existing are not
 * deployed; an NVA has no Azure resource of its own. The public IPs are regional (not zonal): zones are
 * not offered in every region, so zone redundancy is left to the reader.
 */
import { indexDesign } from '../../model/design-index';
import { kinds } from '../../model/kinds';
import type { Bastion, Design, Firewall, Gateway } from '../../model/schema';
import type { Referencer } from './build-plan';
import { arr, bool, type Expr, idOf, obj, prefixed, resourceName, str } from './expr';
import type { SymbolTable } from './symbols';
import { NETWORK_API_VERSION, type PlannedResource } from './types';

const PUBLIC_IP = 'Microsoft.Network/publicIPAddresses';
const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';

/** The subnet each kind of hub object lives in. */
export const HUB_SUBNETS = {
  firewall: 'AzureFirewallSubnet',
  gateway: 'GatewaySubnet',
  bastion: 'AzureBastionSubnet',
} as const;

/** The hub objects this template deploys, after the VNets and subnets they sit in (`planned`). */
export function hubResources(
  design: Design,
  ref: Referencer,
  symbols: SymbolTable,
  planned: readonly PlannedResource[],
): PlannedResource[] {
  const index = indexDesign(design);
  const out: PlannedResource[] = [];

  /** The special subnet's ID, and what the object must wait for (its new VNet or new subnet). */
  const placement = (vnetId: string, subnetName: string) => {
    const vnet = index.vnets.get(vnetId);
    if (!vnet) return undefined;
    const own = ref.symbolOf(vnetId);
    const vnetName = own ? prefixed(vnet.name) : str(resourceName(vnet.name));
    const subnet = (index.subnetsByVnet.get(vnetId) ?? []).find((s) => s.name.trim() === subnetName);
    const subnetSymbol = subnet ? planned.find((r) => r.sourceId === subnet.id)?.symbol : undefined;
    const dependsOn = own ? [own] : subnetSymbol ? [subnetSymbol] : [];
    return {
      vnet,
      id: obj({ id: idOf({ type: SUBNET, names: [vnetName, str(subnetName)] }) }),
      dependsOn,
    };
  };

  /** A Standard, static, regional public IP for a hub object. */
  const publicIp = (
    objectId: string,
    name: string,
    region: string,
    n?: number,
  ): { resource: PlannedResource; id: Expr } => {
    const symbol = symbols.claim('publicIp', n === undefined ? objectId : `${objectId}-${n}`);
    return {
      resource: {
        symbol,
        sourceId: objectId,
        label: 'Public IP address',
        displayName: name,
        type: PUBLIC_IP,
        apiVersion: NETWORK_API_VERSION,
        name: prefixed(name),
        location: region,
        sku: obj({ name: str('Standard'), tier: str('Regional') }),
        properties: obj({ publicIPAllocationMethod: str('Static'), publicIPAddressVersion: str('IPv4') }),
      },
      id: obj({ id: idOf({ symbol, type: PUBLIC_IP, names: [prefixed(name)] }) }),
    };
  };

  const base = (
    o: { id: string; name: string },
    kind: 'firewall' | 'gateway' | 'bastion',
    symbol: string,
  ) => ({
    symbol,
    sourceId: o.id,
    label: kinds[kind].label.one,
    displayName: o.name,
    type: kinds[kind].azureType,
    apiVersion: NETWORK_API_VERSION,
    name: prefixed(o.name),
  });

  const firewall = (fw: Firewall, symbol: string) => {
    const at = placement(fw.vnetId, HUB_SUBNETS.firewall);
    if (!at) return;
    const ip = publicIp(fw.id, `pip-${fw.name}`, at.vnet.region);
    out.push(ip.resource, {
      ...base(fw, 'firewall', symbol),
      location: at.vnet.region,
      ...(at.dependsOn.length ? { dependsOn: at.dependsOn } : {}),
      properties: obj({
        sku: obj({ name: str('AZFW_VNet'), tier: str(fw.sku) }),
        ipConfigurations: arr([
          obj({ name: str('ipconfig1'), properties: obj({ subnet: at.id, publicIPAddress: ip.id }) }),
        ]),
      }),
    });
  };

  const gateway = (gw: Gateway, symbol: string) => {
    const at = placement(gw.vnetId, HUB_SUBNETS.gateway);
    if (!at) return;
    // an active-active VPN gateway has two instances, each with its own public IP
    const activeActive = gw.type === 'Vpn' && gw.activeActive;
    const ips = (activeActive ? [1, 2] : [1]).map((n) =>
      activeActive
        ? publicIp(gw.id, `pip-${gw.name}-${n}`, at.vnet.region, n)
        : publicIp(gw.id, `pip-${gw.name}`, at.vnet.region),
    );
    out.push(...ips.map((ip) => ip.resource), {
      ...base(gw, 'gateway', symbol),
      location: at.vnet.region,
      ...(at.dependsOn.length ? { dependsOn: at.dependsOn } : {}),
      properties: obj({
        gatewayType: str(gw.type),
        vpnType: gw.type === 'Vpn' ? str('RouteBased') : undefined,
        sku: obj({ name: str(gw.sku), tier: str(gw.sku) }),
        activeActive: gw.type === 'Vpn' ? bool(activeActive) : undefined,
        ipConfigurations: arr(
          ips.map((ip, i) =>
            obj({
              name: str(i === 0 ? 'default' : 'activeActive'),
              properties: obj({
                privateIPAllocationMethod: str('Dynamic'),
                subnet: at.id,
                publicIPAddress: ip.id,
              }),
            }),
          ),
        ),
      }),
    });
  };

  const bastion = (b: Bastion, symbol: string) => {
    const at = placement(b.vnetId, HUB_SUBNETS.bastion);
    if (!at) return;
    const ip = publicIp(b.id, `pip-${b.name}`, at.vnet.region);
    out.push(ip.resource, {
      ...base(b, 'bastion', symbol),
      location: at.vnet.region,
      sku: obj({ name: str(b.sku) }),
      ...(at.dependsOn.length ? { dependsOn: at.dependsOn } : {}),
      properties: obj({
        ipConfigurations: arr([
          obj({ name: str('IpConf'), properties: obj({ subnet: at.id, publicIPAddress: ip.id }) }),
        ]),
      }),
    });
  };

  for (const fw of design.firewalls) {
    const symbol = ref.symbolOf(fw.id);
    if (symbol && fw.kind === 'AzureFirewall') firewall(fw, symbol);
  }
  for (const gw of design.gateways) {
    const symbol = ref.symbolOf(gw.id);
    if (symbol) gateway(gw, symbol);
  }
  for (const b of design.bastions) {
    const symbol = ref.symbolOf(b.id);
    if (symbol) bastion(b, symbol);
  }
  return out;
}
