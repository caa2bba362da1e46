/**
 * NSGs with their rules, route tables with their routes, NAT gateways with their public IPs: the objects
 * subnets attach to. Azure's default security rules are not imported (every NSG has them).
 */
import {
  type NatGateway,
  type NetworkSecurityGroup,
  nextHopTypes,
  type PublicIp,
  type Route,
  type RouteTable,
  type SecurityRule,
} from '../../model/schema';
import { getProperty, isArmObject } from './arm/values';
import type { AzureResource } from './azure-resource';
import type { MapContext } from './map-context';
import { asArray, dig, normaliseRegion, propsOf, readBool, readText, refId } from './read-fields';
import { idKey, parseResourceId } from './resource-id';

export interface Scoped {
  subscriptionId?: string;
  resourceGroup?: string;
}

export function scopeOf(r: AzureResource): Scoped {
  const p = parseResourceId(r.id);
  return {
    ...(p?.subscriptionId ? { subscriptionId: p.subscriptionId } : {}),
    ...(p?.resourceGroup ? { resourceGroup: p.resourceGroup } : {}),
  };
}

export function regionOf(r: AzureResource, ctx: MapContext): string {
  const text = readText(r.location, 'location', ctx.sink(r));
  if (text === undefined) {
    ctx.warn(r, `"${r.name}" has no location; its region is left empty.`);
    return '';
  }
  return normaliseRegion(text);
}

const PROTOCOLS = { tcp: 'Tcp', udp: 'Udp', icmp: 'Icmp', esp: 'Esp', ah: 'Ah', '*': '*' } as const;

function joined(single: unknown, many: unknown, fallback: string): string {
  if (typeof single === 'string' && single !== '') return single;
  // PowerShell prints single prefixes and port ranges as arrays.
  if (Array.isArray(single) && single.length > 0) return joined(undefined, single, fallback);
  if (Array.isArray(many) && many.length > 0) return many.filter((x) => typeof x === 'string').join(',');
  return fallback;
}

function mapRule(rule: AzureResource, ctx: MapContext): SecurityRule | undefined {
  const p = rule.properties;
  const sink = ctx.sink(rule);
  const priority = getProperty(p, 'priority');
  if (typeof priority !== 'number' || priority < 100 || priority > 4096) {
    ctx.warn(
      rule,
      `the security rule "${rule.name}" has no priority from 100 to 4096 that is known offline; it was not imported.`,
      'properties.priority',
    );
    if (typeof priority !== 'number') ctx.placeholders++;
    return undefined;
  }
  const protocolText = (
    readText(getProperty(p, 'protocol'), 'properties.protocol', sink) ?? '*'
  ).toLowerCase();
  const protocol = PROTOCOLS[protocolText as keyof typeof PROTOCOLS] ?? '*';
  const asg = (key: string) =>
    asArray(getProperty(p, key))
      .map((x) => (isArmObject(x) ? getProperty(x, 'id') : undefined))
      .filter((x): x is string => typeof x === 'string')
      .map((id) => `asg:${id.split('/').pop()}`)
      .join(',');
  const direction =
    String(getProperty(p, 'direction') ?? 'Inbound').toLowerCase() === 'outbound' ? 'Outbound' : 'Inbound';
  const access = String(getProperty(p, 'access') ?? 'Allow').toLowerCase() === 'deny' ? 'Deny' : 'Allow';
  return {
    name: rule.name.slice(0, 200),
    priority: Math.trunc(priority),
    direction,
    access,
    protocol,
    sourceAddressPrefix: joined(
      getProperty(p, 'sourceAddressPrefix'),
      getProperty(p, 'sourceAddressPrefixes'),
      asg('sourceApplicationSecurityGroups') || '*',
    ).slice(0, 100),
    sourcePortRange: joined(getProperty(p, 'sourcePortRange'), getProperty(p, 'sourcePortRanges'), '*').slice(
      0,
      100,
    ),
    destinationAddressPrefix: joined(
      getProperty(p, 'destinationAddressPrefix'),
      getProperty(p, 'destinationAddressPrefixes'),
      asg('destinationApplicationSecurityGroups') || '*',
    ).slice(0, 100),
    destinationPortRange: joined(
      getProperty(p, 'destinationPortRange'),
      getProperty(p, 'destinationPortRanges'),
      '*',
    ).slice(0, 100),
  };
}

export function mapNsg(
  r: AzureResource,
  rules: readonly AzureResource[],
  id: string,
  ctx: MapContext,
): NetworkSecurityGroup {
  if (r.existing) ctx.warn(r, `the NSG "${r.name}" exists in Azure but its rules are not in these files.`);
  return {
    id,
    name: r.name.slice(0, 200),
    region: regionOf(r, ctx),
    ...scopeOf(r),
    rules: rules.flatMap((rule) => mapRule(rule, ctx) ?? []),
  };
}

function mapRoute(route: AzureResource, ctx: MapContext): Route {
  const p = route.properties;
  const sink = ctx.sink(route);
  const hopText = (
    readText(getProperty(p, 'nextHopType'), 'properties.nextHopType', sink) ?? 'None'
  ).toLowerCase();
  const nextHopType = nextHopTypes.find((t) => t.toLowerCase() === hopText) ?? 'None';
  if (nextHopType === 'None' && hopText !== 'none')
    ctx.warn(
      route,
      `the route "${route.name}" has next hop "${hopText}", read as None.`,
      'properties.nextHopType',
    );
  const ip = readText(getProperty(p, 'nextHopIpAddress'), 'properties.nextHopIpAddress', sink);
  return {
    name: route.name.slice(0, 200),
    addressPrefix: readText(getProperty(p, 'addressPrefix'), 'properties.addressPrefix', sink) ?? '',
    nextHopType,
    ...(ip ? { nextHopIpAddress: ip } : {}),
  };
}

export function mapRouteTable(
  r: AzureResource,
  routes: readonly AzureResource[],
  id: string,
  ctx: MapContext,
): RouteTable {
  if (r.existing)
    ctx.warn(r, `the route table "${r.name}" exists in Azure but its routes are not in these files.`);
  return {
    id,
    name: r.name.slice(0, 200),
    region: regionOf(r, ctx),
    ...scopeOf(r),
    disableBgpRoutePropagation: readBool(
      getProperty(r.properties, 'disableBgpRoutePropagation'),
      'properties.disableBgpRoutePropagation',
      false,
      ctx.sink(r),
    ),
    routes: routes.map((route) => mapRoute(route, ctx)),
  };
}

function skuName(r: AzureResource | undefined): string | undefined {
  const name = r ? dig(r.sku, 'name') : undefined;
  return typeof name === 'string' ? name : undefined;
}

/** Public IPs and prefixes consumed by NAT gateways (so they aren't reported as skipped). */
export function mapNatGateway(
  r: AzureResource,
  id: string,
  byId: ReadonlyMap<string, AzureResource>,
  consumed: Set<string>,
  ctx: MapContext,
): NatGateway {
  const sink = ctx.sink(r);
  const publicIps: PublicIp[] = [];
  const read = (prop: string, kind: PublicIp['kind']) => {
    asArray(getProperty(r.properties, prop)).forEach((ref, i) => {
      const ipId = refId(ref, `properties.${prop}[${i}]`, sink);
      if (!ipId) return;
      const ip = byId.get(idKey(ipId));
      if (ip) consumed.add(idKey(ipId));
      const sku = skuName(ip) ?? 'Standard';
      const length = ip ? getProperty(ip.properties, 'prefixLength') : undefined;
      publicIps.push({
        name: (ip?.name ?? ipId.split('/').pop() ?? 'public-ip').slice(0, 200),
        kind,
        sku:
          sku.toLowerCase() === 'basic'
            ? 'Basic'
            : sku.toLowerCase() === 'standardv2'
              ? 'StandardV2'
              : 'Standard',
        ...(kind === 'Prefix' && typeof length === 'number' ? { prefixLength: length } : {}),
      });
    });
  };
  read('publicIpAddresses', 'Address');
  read('publicIpPrefixes', 'Prefix');
  return {
    id,
    name: r.name.slice(0, 200),
    region: regionOf(r, ctx),
    ...scopeOf(r),
    sku: skuName(r)?.toLowerCase() === 'standardv2' ? 'StandardV2' : 'Standard',
    publicIps,
  };
}

export { propsOf };
