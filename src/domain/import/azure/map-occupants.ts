/** What sits in subnets: private endpoints, VM network interfaces, load balancers, gateways and firewalls. */
import { firstUsable, tryParseCidr } from '../../ip/cidr';
import type { Occupant, Subnet, VirtualNetwork } from '../../model/schema';
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

/**
 * Gateways and Azure Firewalls mark their VNet. A firewall's private IP is Azure's first host of
 * AzureFirewallSubnet (.4) when the file doesn't say it.
 * https://learn.microsoft.com/azure/firewall/firewall-faq#does-the-firewall-subnet-size-need-to-change-as-the-service-scales
 */
export function addGatewaysAndFirewalls(
  all: readonly AzureResource[],
  subnetById: ReadonlyMap<string, Subnet>,
  vnets: readonly VirtualNetwork[],
  consumed: Set<string>,
  ctx: MapContext,
  ensureVnet: (azureId: string, from: AzureResource) => VirtualNetwork | undefined,
): void {
  const vnetOfSubnet = (subnet: Subnet | undefined) => vnets.find((v) => v.id === subnet?.vnetId);
  for (const r of all) {
    const t = r.type.toLowerCase();
    if (t !== T.gateway && t !== T.firewall) continue;
    const configs = asArray(getProperty(r.properties, 'ipConfigurations'));
    for (const c of configs) {
      const pip = refId(
        dig(c, 'properties', 'publicIPAddress') ?? dig(c, 'publicIPAddress'),
        'publicIPAddress',
        () => {},
      );
      if (pip) consumed.add(idKey(pip));
    }
    const first = configs[0];
    const subnetRef = refId(
      dig(first, 'properties', 'subnet') ?? dig(first, 'subnet'),
      'properties.ipConfigurations[0].properties.subnet',
      ctx.sink(r),
    );
    const subnet = subnetRef ? subnetById.get(idKey(subnetRef)) : undefined;
    // A subnet no file describes still names its VNet: the gateway or firewall marks that VNet.
    const vnet = vnetOfSubnet(subnet) ?? (subnetRef ? ensureVnet(parentId(subnetRef), r) : undefined);
    if (!vnet) {
      ctx.warn(r, `"${r.name}" is in no subnet these files describe; it was not imported.`);
      ctx.skip(r.type, r);
      continue;
    }
    if (t === T.gateway) {
      const kind =
        String(getProperty(r.properties, 'gatewayType') ?? 'Vpn').toLowerCase() === 'expressroute'
          ? 'ExpressRoute'
          : 'Vpn';
      vnet.gateway = kind;
      subnet?.occupants.push({ kind: 'Gateway', name: r.name.slice(0, 200), count: configs.length || 1 });
    } else {
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
      vnet.firewall = { kind: 'AzureFirewall', privateIp };
      subnet?.occupants.push({ kind: 'Other', name: r.name.slice(0, 200), count: 1 });
    }
  }
}

function firstHost(prefix: string): string {
  const c = tryParseCidr(prefix);
  return c ? (firstUsable(c) ?? '') : '';
}
