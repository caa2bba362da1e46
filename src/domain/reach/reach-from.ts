/**
 * Whether a delegated subnet reaches a private resource, and if not, what is missing. A resource is
 * reachable when it sits in the delegated VNet, in a directly peered VNet, behind a hub that forwards
 * (firewall/NVA in the hub, a route on the delegated subnet to its private IP covering the resource,
 * and both spokes' peerings to the hub accepting forwarded traffic; or the hub's VPN/ExpressRoute
 * gateway, a route with next hop VirtualNetworkGateway covering the resource, and both spokes' peerings
 * using the hub's gateway), or on premises behind a gateway used through gateway transit.
 * https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke#communication-between-spokes
 */
import { type Cidr, cidrContains, formatCidr, tryParseCidr } from '../ip/cidr';
import { indexDesign } from '../model/design-index';
import { firewallOf, hasGateway, routeNextHopIp } from '../model/hub-objects';
import type { Design, Subnet, VirtualNetwork } from '../model/schema';
import { buildReachGraph, pairKey, type ReachGraph } from './reach-graph';

export type ReachResult =
  | { reachable: true; via: 'local' | 'peering' | 'hub' | 'gateway'; objectIds: string[] }
  | {
      reachable: false;
      /** 'transit': two peerings in a row with no forwarding hub (REACH003); 'none': no path at all. */
      kind: 'transit' | 'none';
      /** What to change, in the design's names ("peer vnet-a with vnet-b"). */
      fix: string;
      /** Objects involved in the missing piece (hub VNet, peerings, route table). */
      objectIds: string[];
      /** For 'transit': the path's names and what the hub lacks, so messages can merge both regions. */
      transit?: { from: string; hub: string; to: string; gaps: string[] };
    };

/** What a resource is, network-wise: an address range in a VNet, or networks behind a gateway VNet. */
export type ReachTarget =
  | { type: 'vnet'; vnet: VirtualNetwork; range: Cidr | undefined }
  | { type: 'gateway'; vnet: VirtualNetwork };

const nameOf = (e: { id: string; name: string }) => e.name.trim() || e.id;

/**
 * Why a hub's VPN/ExpressRoute gateway does not forward from `subnet` to `range` in `to`; empty when it does.
 * The spokes route to it (next hop `VirtualNetworkGateway`) and their peerings use the hub's gateway.
 * https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering#requirements-and-constraints
 */
function gatewayGaps(
  design: Design,
  graph: ReachGraph,
  subnet: Subnet,
  from: VirtualNetwork,
  hub: VirtualNetwork,
  to: VirtualNetwork,
  range: Cidr | undefined,
): { gaps: string[]; ids: string[] } {
  const index = indexDesign(design);
  const gaps: string[] = [];
  const ids: string[] = [];
  const table = subnet.routeTableId ? index.routeTables.get(subnet.routeTableId) : undefined;
  const covering = table?.routes.some((r) => {
    if (r.nextHopType !== 'VirtualNetworkGateway') return false;
    const c = tryParseCidr(r.addressPrefix);
    return c !== undefined && (range === undefined || cidrContains(c, range));
  });
  if (!covering) {
    gaps.push(
      `add a route on ${table ? `route table ${nameOf(table)}` : `a route table for ${nameOf(subnet)} in ${nameOf(from)}`} sending ${range ? formatCidr(range) : nameOf(to)} to ${nameOf(hub)}'s gateway as VirtualNetworkGateway`,
    );
    if (table) ids.push(table.id);
  }
  for (const vnet of [from, to]) {
    const link = graph.connected.get(vnet.id)?.get(hub.id);
    if (link && !(link.local.useRemoteGateways && link.remote.allowGatewayTransit)) {
      gaps.push(
        `turn on useRemoteGateways on ${nameOf(vnet)}'s peering to ${nameOf(hub)} and allowGatewayTransit on ${nameOf(hub)}'s`,
      );
      ids.push(link.peering.id);
    }
  }
  return { gaps, ids };
}

/**
 * Why a hub does not forward from `subnet` (in `from`) to `range` in `to`; empty when it does. A hub
 * forwards through its firewall/NVA (routes to it as VirtualAppliance) or, for routes with next hop
 * VirtualNetworkGateway, through its VPN/ExpressRoute gateway. The firewall's gaps are reported unless
 * the hub has only a gateway.
 */
function hubGaps(
  design: Design,
  graph: ReachGraph,
  subnet: Subnet,
  from: VirtualNetwork,
  hub: VirtualNetwork,
  to: VirtualNetwork,
  range: Cidr | undefined,
): { gaps: string[]; ids: string[] } {
  const viaFirewall = firewallGaps(design, graph, subnet, from, hub, to, range);
  if (viaFirewall.gaps.length === 0 || !hasGateway(design, hub.id)) return viaFirewall;
  const viaGateway = gatewayGaps(design, graph, subnet, from, hub, to, range);
  if (viaGateway.gaps.length === 0 || !firewallOf(design, hub.id)) return viaGateway;
  return viaFirewall;
}

/** Why a hub's firewall or NVA does not forward from `subnet` to `range` in `to`; empty when it does. */
function firewallGaps(
  design: Design,
  graph: ReachGraph,
  subnet: Subnet,
  from: VirtualNetwork,
  hub: VirtualNetwork,
  to: VirtualNetwork,
  range: Cidr | undefined,
): { gaps: string[]; ids: string[] } {
  const index = indexDesign(design);
  const gaps: string[] = [];
  const ids: string[] = [];
  const fw = firewallOf(design, hub.id);
  const fwIp = fw?.privateIp.trim();
  if (!fw || !fwIp) gaps.push(`put a firewall or NVA in ${nameOf(hub)}`);
  const table = subnet.routeTableId ? index.routeTables.get(subnet.routeTableId) : undefined;
  const covering = table?.routes.some((r) => {
    if (r.nextHopType !== 'VirtualAppliance' || !fwIp || routeNextHopIp(design, r)?.trim() !== fwIp)
      return false;
    const c = tryParseCidr(r.addressPrefix);
    return c !== undefined && (range === undefined || cidrContains(c, range));
  });
  if (!covering) {
    gaps.push(
      `add a route on ${table ? `route table ${nameOf(table)}` : `a route table for ${nameOf(subnet)} in ${nameOf(from)}`} sending ${range ? formatCidr(range) : nameOf(to)} to ${fwIp ? `${nameOf(hub)}'s firewall (${fwIp})` : `the firewall in ${nameOf(hub)}`} as VirtualAppliance`,
    );
    if (table) ids.push(table.id);
  }
  const fromLink = graph.connected.get(from.id)?.get(hub.id);
  const toLink = graph.connected.get(to.id)?.get(hub.id);
  for (const [vnet, link] of [
    [to, toLink],
    [from, fromLink],
  ] as const) {
    if (link && !link.local.allowForwardedTraffic) {
      gaps.push(`allow forwarded traffic on ${nameOf(vnet)}'s peering to ${nameOf(hub)}`);
      ids.push(link.peering.id);
    }
  }
  return { gaps, ids };
}

/** Whether the delegated `subnet` reaches `target`, and what is missing when it does not. */
export function reachFrom(design: Design, subnet: Subnet, target: ReachTarget): ReachResult {
  const index = indexDesign(design);
  const graph = buildReachGraph(design);
  const from = index.vnets.get(subnet.vnetId);
  const to = target.vnet;
  if (!from)
    return { reachable: false, kind: 'none', fix: `place ${nameOf(subnet)} in a VNet`, objectIds: [] };
  const direct = graph.connected.get(from.id)?.get(to.id);
  if (target.type === 'gateway') {
    if (!hasGateway(design, to.id))
      return { reachable: false, kind: 'none', fix: `add a gateway to ${nameOf(to)}`, objectIds: [to.id] };
    if (from.id === to.id) return { reachable: true, via: 'local', objectIds: [] };
    if (direct) {
      if (direct.local.useRemoteGateways && direct.remote.allowGatewayTransit)
        return { reachable: true, via: 'gateway', objectIds: [direct.peering.id] };
      return {
        reachable: false,
        kind: 'none',
        fix: `turn on allowGatewayTransit on ${nameOf(to)}'s peering to ${nameOf(from)} and useRemoteGateways on ${nameOf(from)}'s peering to ${nameOf(to)}`,
        objectIds: [direct.peering.id],
      };
    }
  } else {
    if (from.id === to.id) return { reachable: true, via: 'local', objectIds: [] };
    if (direct) return { reachable: true, via: 'peering', objectIds: [direct.peering.id] };
  }
  const broken = graph.broken.get(pairKey(from.id, to.id));
  if (broken) {
    return {
      reachable: false,
      kind: 'none',
      fix: `connect the peering between ${nameOf(from)} and ${nameOf(to)} in both directions with virtual network access`,
      objectIds: [broken.id],
    };
  }
  // Two peerings in a row: through a hub both are connected to.
  const mine = graph.connected.get(from.id);
  const theirs = graph.connected.get(to.id);
  let firstGap: { hub: VirtualNetwork; gaps: string[]; ids: string[] } | undefined;
  if (mine && theirs) {
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    for (const hubId of small.keys()) {
      if (!large.has(hubId)) continue;
      const hub = index.vnets.get(hubId);
      if (!hub) continue;
      if (target.type === 'gateway') {
        firstGap ??= {
          hub,
          gaps: [`peer ${nameOf(from)} directly with ${nameOf(to)} and use its gateway`],
          ids: [],
        };
        continue;
      }
      const { gaps, ids } = hubGaps(design, graph, subnet, from, hub, to, target.range);
      if (gaps.length === 0) return { reachable: true, via: 'hub', objectIds: [hub.id] };
      firstGap ??= { hub, gaps, ids };
    }
  }
  if (firstGap) {
    return {
      reachable: false,
      kind: 'transit',
      fix: `${nameOf(from)} reaches ${nameOf(to)} only through ${nameOf(firstGap.hub)} and peering is not transitive: peer ${nameOf(from)} with ${nameOf(to)}, or ${firstGap.gaps.join(', ')}`,
      objectIds: [firstGap.hub.id, ...firstGap.ids],
      transit: { from: nameOf(from), hub: nameOf(firstGap.hub), to: nameOf(to), gaps: firstGap.gaps },
    };
  }
  return {
    reachable: false,
    kind: 'none',
    fix:
      target.type === 'gateway'
        ? `peer ${nameOf(from)} with ${nameOf(to)} and use its gateway (gateway transit)`
        : `peer ${nameOf(from)} with ${nameOf(to)}`,
    objectIds: [],
  };
}
