/** What an export-then-import round trip must keep, shared by the ARM and the Bicep round trips. */
import type { Design, PeeringLink } from '../../../model/schema';

function flags(l: PeeringLink | null) {
  return (
    l && [l.allowVirtualNetworkAccess, l.allowForwardedTraffic, l.allowGatewayTransit, l.useRemoteGateways]
  );
}

/** What an ARM round trip must keep, by name, for the objects of one resource group. */
export function project(
  d: Design,
  inScope: (o: { subscriptionId?: string; resourceGroup?: string }) => boolean,
) {
  const byId = new Map<string, { name: string }>(
    [...d.vnets, ...d.subnets, ...d.nsgs, ...d.routeTables, ...d.natGateways].map((o) => [o.id, o]),
  );
  const name = (id: string | undefined) => (id ? byId.get(id)?.name : undefined);
  const vnets = d.vnets.filter(inScope);
  const vnetIds = new Set(vnets.map((v) => v.id));
  const sorted = <T>(list: T[]) => list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    vnets: sorted(
      vnets.map((v) => ({ name: v.name, region: v.region, prefixes: v.addressPrefixes, dns: v.dnsServers })),
    ),
    subnets: sorted(
      d.subnets
        .filter((s) => vnetIds.has(s.vnetId))
        .map((s) => ({
          vnet: name(s.vnetId),
          name: s.name,
          prefix: s.prefix,
          delegations: s.delegations,
          nsg: name(s.nsgId),
          routeTable: name(s.routeTableId),
          nat: name(s.natGatewayId),
        })),
    ),
    peerings: sorted(
      d.peerings
        .filter((p) => vnetIds.has(p.vnetAId) && vnetIds.has(p.vnetBId) && p.vnetAId !== p.vnetBId)
        .map((p) => {
          const [a, b] = [name(p.vnetAId) ?? '', name(p.vnetBId) ?? ''];
          return a < b
            ? { a, b, aToB: flags(p.aToB), bToA: flags(p.bToA) }
            : { a: b, b: a, aToB: flags(p.bToA), bToA: flags(p.aToB) };
        }),
    ),
    nsgs: sorted(
      d.nsgs
        .filter((n) => d.subnets.some((s) => s.nsgId === n.id && vnetIds.has(s.vnetId)))
        .map((n) => ({ name: n.name, rules: n.rules })),
    ),
    routeTables: sorted(
      d.routeTables
        .filter((t) => d.subnets.some((s) => s.routeTableId === t.id && vnetIds.has(s.vnetId)))
        .map((t) => ({ name: t.name, bgp: t.disableBgpRoutePropagation, routes: t.routes })),
    ),
    nats: sorted(
      d.natGateways
        .filter((n) => d.subnets.some((s) => s.natGatewayId === n.id && vnetIds.has(s.vnetId)))
        .map((n) => ({ name: n.name, sku: n.sku, ips: n.publicIps.map((p) => [p.name, p.kind, p.sku]) })),
    ),
    policies: sorted(
      d.policies
        .filter(inScope)
        .map((p) => ({ name: p.name, location: p.location, subnets: p.subnetIds.map(name) })),
    ),
  };
}
