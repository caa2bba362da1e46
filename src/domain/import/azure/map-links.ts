/**
 * What connects VNets: peerings (both directions become one design peering), private DNS zones and
 * their VNet links, and NetworkInjection enterprise policies with their delegated subnets.
 * https://learn.microsoft.com/power-platform/admin/vnet-support-setup-configure
 */
import { createPeeringLink } from '../../model/factories';
import type {
  EnterprisePolicy,
  Peering,
  PeeringLink,
  PrivateDnsZone,
  Subnet,
  VirtualNetwork,
} from '../../model/schema';
import { getProperty } from './arm/values';
import type { AzureResource } from './azure-resource';
import type { MapContext } from './map-context';
import { scopeOf } from './map-network-objects';
import { asArray, dig, readBool, readText, refId } from './read-fields';
import { idKey, parentId } from './resource-id';

type EnsureVnet = (azureId: string, from: AzureResource) => VirtualNetwork | undefined;

function link(r: AzureResource, ctx: MapContext): PeeringLink {
  const p = r.properties;
  const sink = ctx.sink(r);
  const flag = (key: keyof Omit<PeeringLink, 'name'>, fallback: boolean) =>
    readBool(getProperty(p, key), `properties.${key}`, fallback, sink);
  return createPeeringLink({
    name: r.name.slice(0, 200),
    allowVirtualNetworkAccess: flag('allowVirtualNetworkAccess', true),
    allowForwardedTraffic: flag('allowForwardedTraffic', false),
    allowGatewayTransit: flag('allowGatewayTransit', false),
    useRemoteGateways: flag('useRemoteGateways', false),
  });
}

export function mapPeerings(
  resources: readonly AzureResource[],
  ensureVnet: EnsureVnet,
  ctx: MapContext,
): Peering[] {
  const byPair = new Map<string, Peering>();
  const out: Peering[] = [];
  for (const r of resources) {
    const local = ensureVnet(parentId(r.id), r);
    const remoteId = refId(
      getProperty(r.properties, 'remoteVirtualNetwork'),
      'properties.remoteVirtualNetwork',
      ctx.sink(r),
    );
    const remote = remoteId ? ensureVnet(remoteId, r) : undefined;
    if (!local || !remote) {
      ctx.warn(
        r,
        `the peering "${r.name}" has no remote VNet that can be read; it was not imported.`,
        'properties.remoteVirtualNetwork',
      );
      ctx.skip('Microsoft.Network/virtualNetworks/virtualNetworkPeerings', r);
      continue;
    }
    if (local.id === remote.id) {
      ctx.warn(r, `the peering "${r.name}" connects a VNet to itself; it was not imported.`);
      continue;
    }
    const key = [local.id, remote.id].sort().join('|');
    const existing = byPair.get(key);
    const l = link(r, ctx);
    if (!existing) {
      const p: Peering = {
        id: ctx.allocateId('peer', `${local.name}-${remote.name}`),
        vnetAId: local.id,
        vnetBId: remote.id,
        aToB: l,
        bToA: null,
      };
      byPair.set(key, p);
      out.push(p);
    } else if (existing.vnetAId === local.id) existing.aToB = l;
    else existing.bToA = l;
  }
  return out;
}

export function mapPrivateDnsZones(
  zones: readonly AzureResource[],
  linksOf: (zone: AzureResource) => AzureResource[],
  ensureVnet: EnsureVnet,
  ctx: MapContext,
): PrivateDnsZone[] {
  return zones.map((z) => {
    const vnetIds: string[] = [];
    for (const l of linksOf(z)) {
      const ref = refId(
        getProperty(l.properties, 'virtualNetwork'),
        'properties.virtualNetwork',
        ctx.sink(l),
      );
      const vnet = ref ? ensureVnet(ref, l) : undefined;
      if (vnet && !vnetIds.includes(vnet.id)) vnetIds.push(vnet.id);
    }
    return { id: ctx.allocateId('dns', z.name), name: z.name.slice(0, 200), vnetIds };
  });
}

/**
 * NetworkInjection policies: `properties.networkInjection.virtualNetworks[]` with the VNet's `id` and
 * `subnet.name` (also read: `subnetName`, or a full subnet id). Other policy kinds are counted as skipped.
 */
export function mapPolicies(
  resources: readonly AzureResource[],
  subnetById: ReadonlyMap<string, Subnet>,
  ctx: MapContext,
): EnterprisePolicy[] {
  const out: EnterprisePolicy[] = [];
  for (const r of resources) {
    const kind = typeof r.kind === 'string' ? r.kind : '';
    const injection = dig(r.properties, 'networkInjection');
    if (kind.toLowerCase() !== 'networkinjection' && injection === undefined) {
      ctx.skip(`Microsoft.PowerPlatform/enterprisePolicies (${kind || 'no kind'})`, r);
      continue;
    }
    const sink = ctx.sink(r);
    const subnetIds: string[] = [];
    asArray(dig(injection, 'virtualNetworks')).forEach((v, i) => {
      const field = `properties.networkInjection.virtualNetworks[${i}]`;
      const vnetId = readText(dig(v, 'id'), `${field}.id`, sink, 1000);
      const subnetName = readText(
        dig(v, 'subnet', 'name') ?? dig(v, 'subnetName'),
        `${field}.subnet.name`,
        sink,
        200,
      );
      const subnetFullId = readText(dig(v, 'subnet', 'id'), `${field}.subnet.id`, sink, 1000);
      const azureId = subnetFullId?.startsWith('/')
        ? subnetFullId
        : vnetId && subnetName
          ? `${vnetId}/subnets/${subnetName}`
          : undefined;
      const subnet = azureId ? subnetById.get(idKey(azureId)) : undefined;
      if (subnet) subnetIds.push(subnet.id);
      else
        ctx.warn(
          r,
          `the policy "${r.name}" uses the subnet ${azureId ?? '(unreadable)'}, which these files don't describe.`,
          field,
        );
    });
    const scope = scopeOf(r);
    out.push({
      id: ctx.allocateId('policy', r.name),
      name: r.name.slice(0, 200),
      location: readText(r.location, 'location', sink) ?? '',
      subscriptionId: scope.subscriptionId ?? '',
      resourceGroup: scope.resourceGroup ?? '',
      subnetIds,
    });
  }
  return out;
}
