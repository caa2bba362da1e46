/**
 * What sits in subnets: private endpoints, VM network interfaces, load balancers, and the hub objects
 * (virtual network gateways, Azure Firewalls, Bastion hosts).
 */
import { firstUsable, tryParseCidr } from '../../ip/cidr';
import {
  type Bastion,
  bastionSkus,
  type Firewall,
  firewallSkus,
  type Gateway,
  type GatewaySku,
  gatewaySkus,
  type Occupant,
  type Subnet,
  type VirtualNetwork,
} from '../../model/schema';
import { getProperty } from './arm/values';
import type { AzureResource } from './azure-resource';
import { T } from './azure-types';
import type { MapContext } from './map-context';
import { asArray, dig, refId } from './read-fields';
import { idKey, parentId } from './resource-id';

/** Occupants: private endpoints, network interfaces (VMs) and internal load balancer frontends. */
export function addOccupants(
  all: readonly AzureResource[],
  subnetById: ReadonlyMap<string, Subnet>,
  ctx: MapContext,
): Set<string> {
  const placed = new Set<string>();
  const place = (r: AzureResource, subnetRef: unknown, field: string, occupant: Occupant) => {
    const ref = refId(subnetRef as never, field, ctx.sink(r));
    if (!ref) return;
    const subnet = subnetById.get(idKey(ref));
    if (!subnet) {
      ctx.warn(r, `"${r.name}" sits in the subnet ${ref}, which these files don't describe.`, field);
      return;
    }
    placed.add(idKey(r.id));
    const same = subnet.occupants.find((o) => o.kind === occupant.kind && o.name === occupant.name);
    if (same) same.count += occupant.count;
    else subnet.occupants.push(occupant);
  };
  for (const r of all) {
    const t = r.type.toLowerCase();
    const name = r.name.slice(0, 200);
    if (t === T.privateEndpoint) {
      place(r, getProperty(r.properties, 'subnet'), 'properties.subnet', {
        kind: 'PrivateEndpoint',
        name,
        count: 1,
      });
    } else if (t === T.nic) {
      asArray(getProperty(r.properties, 'ipConfigurations')).forEach((c, i) => {
        place(
          r,
          dig(c, 'properties', 'subnet') ?? dig(c, 'subnet'),
          `properties.ipConfigurations[${i}].properties.subnet`,
          { kind: 'VirtualMachine', name, count: 1 },
        );
      });
    } else if (t === T.loadBalancer) {
      asArray(getProperty(r.properties, 'frontendIPConfigurations')).forEach((c, i) => {
        const subnet = dig(c, 'properties', 'subnet') ?? dig(c, 'subnet');
        if (subnet !== undefined)
          place(r, subnet, `properties.frontendIPConfigurations[${i}].properties.subnet`, {
            kind: 'LoadBalancer',
            name,
            count: 1,
          });
      });
    }
  }
  return placed;
}

/** The hub objects the importer found: Azure Firewalls, virtual network gateways and Bastion hosts. */
export interface HubObjects {
  firewalls: Firewall[];
  gateways: Gateway[];
  bastions: Bastion[];
}

const FIREWALL_SKUS: readonly string[] = firewallSkus;
const GATEWAY_SKUS: readonly string[] = gatewaySkus;
const BASTION_SKUS: readonly string[] = bastionSkus;

/**
 * Virtual network gateways, Azure Firewalls and Bastion hosts become objects in their VNet (the IP usage
 * counts the addresses they take in their subnet, see `hubOccupants`). A firewall's private IP is Azure's first host
 * of AzureFirewallSubnet (.4) when the file doesn't say it.
 * https://learn.microsoft.com/azure/firewall/firewall-faq#does-the-firewall-subnet-size-need-to-change-as-the-service-scales
 */
export function addGatewaysAndFirewalls(
  all: readonly AzureResource[],
  subnetById: ReadonlyMap<string, Subnet>,
  vnets: readonly VirtualNetwork[],
  consumed: Set<string>,
  ctx: MapContext,
  ensureVnet: (azureId: string, from: AzureResource) => VirtualNetwork | undefined,
  ids: Map<string, string>,
): HubObjects {
  const out: HubObjects = { firewalls: [], gateways: [], bastions: [] };
  const vnetOfSubnet = (subnet: Subnet | undefined) => vnets.find((v) => v.id === subnet?.vnetId);
  for (const r of all) {
    const t = r.type.toLowerCase();
    if (t !== T.gateway && t !== T.firewall && t !== T.bastion) continue;
    const configs = asArray(getProperty(r.properties, 'ipConfigurations'));
    for (const c of configs) {
      const pip = refId(
        dig(c, 'properties', 'publicIPAddress') ?? dig(c, 'publicIPAddress'),
        'publicIPAddress',
        () => {},
      );
      if (pip) consumed.add(idKey(pip));
    }
    // An Azure Firewall's management configuration sits in AzureFirewallManagementSubnet: its public IP
    // is the firewall's too.
    const management = getProperty(r.properties, 'managementIpConfiguration');
    const managementPip = refId(
      dig(management, 'properties', 'publicIPAddress') ?? dig(management, 'publicIPAddress'),
      'publicIPAddress',
      () => {},
    );
    if (managementPip) consumed.add(idKey(managementPip));
    const first = configs[0];
    const subnetRef = refId(
      dig(first, 'properties', 'subnet') ?? dig(first, 'subnet'),
      'properties.ipConfigurations[0].properties.subnet',
      ctx.sink(r),
    );
    const subnet = subnetRef ? subnetById.get(idKey(subnetRef)) : undefined;
    // A subnet no file describes still names its VNet: the object goes into that VNet.
    const vnet = vnetOfSubnet(subnet) ?? (subnetRef ? ensureVnet(parentId(subnetRef), r) : undefined);
    if (!vnet) {
      ctx.warn(r, `"${r.name}" is in no subnet these files describe; it was not imported.`);
      ctx.skip(r.type, r);
      continue;
    }
    const name = r.name.slice(0, 200);
    if (t === T.gateway) {
      const type =
        String(getProperty(r.properties, 'gatewayType') ?? 'Vpn').toLowerCase() === 'expressroute'
          ? 'ExpressRoute'
          : 'Vpn';
      const skuName = text(dig(getProperty(r.properties, 'sku'), 'name'));
      const known = GATEWAY_SKUS.find((k) => k.toLowerCase() === skuName?.toLowerCase()) as
        | GatewaySku
        | undefined;
      if (skuName && !known)
        ctx.warn(r, `the gateway SKU "${skuName}" is not one VNet Studio knows; it reads as the default.`);
      const id = ctx.allocateId('vgw', r.name);
      ids.set(idKey(r.id), id);
      out.gateways.push({
        id,
        name,
        vnetId: vnet.id,
        type,
        sku: known ?? (type === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ'),
        activeActive: getProperty(r.properties, 'activeActive') === true,
      });
    } else if (t === T.firewall) {
      const known =
        dig(first, 'properties', 'privateIPAddress') ??
        dig(first, 'privateIPAddress') ??
        dig(r.properties, 'hubIPAddresses', 'privateIPAddress');
      const privateIp = typeof known === 'string' ? known : firstHost(subnet?.prefix ?? '');
      if (!privateIp)
        ctx.warn(
          r,
          `the private IP of the firewall "${r.name}" is not known: its subnet's prefix is not in these files.`,
        );
      const tier = text(dig(getProperty(r.properties, 'sku'), 'tier'));
      const id = ctx.allocateId('afw', r.name);
      ids.set(idKey(r.id), id);
      out.firewalls.push({
        id,
        name,
        vnetId: vnet.id,
        kind: 'AzureFirewall',
        sku:
          (FIREWALL_SKUS.find((k) => k.toLowerCase() === tier?.toLowerCase()) as
            | Firewall['sku']
            | undefined) ?? 'Standard',
        privateIp,
      });
    } else {
      const sku = text(dig(r.sku, 'name'));
      const id = ctx.allocateId('bas', r.name);
      ids.set(idKey(r.id), id);
      out.bastions.push({
        id,
        name,
        vnetId: vnet.id,
        sku:
          (BASTION_SKUS.find((k) => k.toLowerCase() === sku?.toLowerCase()) as Bastion['sku'] | undefined) ??
          'Basic',
      });
    }
  }
  return out;
}

/** A literal string value (an ARM expression or other value reads as unknown). */
function text(v: unknown): string | undefined {
  return typeof v === 'string' && !v.startsWith('[') ? v : undefined;
}

function firstHost(prefix: string): string {
  const c = tryParseCidr(prefix);
  return c ? (firstUsable(c) ?? '') : '';
}
