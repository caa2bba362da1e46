/**
 * Which VNets can talk directly. Peering is not transitive: a VNet reaches only itself and VNets it is
 * peered with in both directions with `allowVirtualNetworkAccess` on both links. Built once per design.
 * https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview
 */
import { indexDesign } from '../model/design-index';
import type { Design, Peering, PeeringLink } from '../model/schema';

/** A connected peering seen from one VNet. */
export interface PeerLink {
  peering: Peering;
  /** The link resource on this VNet, pointing at the peer. */
  local: PeeringLink;
  /** The link resource on the peer, pointing back. */
  remote: PeeringLink;
}

export interface ReachGraph {
  /** VNet id → connected peer VNet id → link (first peering wins when duplicated). */
  connected: Map<string, Map<string, PeerLink>>;
  /** "a|b" (sorted ids) → a peering between them that is not connected (one direction, or access off). */
  broken: Map<string, Peering>;
}

const cache = new WeakMap<Design, ReachGraph>();

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function setLink(map: Map<string, Map<string, PeerLink>>, from: string, to: string, link: PeerLink): void {
  let m = map.get(from);
  if (!m) {
    m = new Map();
    map.set(from, m);
  }
  if (!m.has(to)) m.set(to, link);
}

/** The design's direct-connectivity graph (memoized on the design object). */
export function buildReachGraph(design: Design): ReachGraph {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const connected = new Map<string, Map<string, PeerLink>>();
  const broken = new Map<string, Peering>();
  for (const p of design.peerings) {
    if (p.vnetAId === p.vnetBId || !index.vnets.has(p.vnetAId) || !index.vnets.has(p.vnetBId)) continue;
    const { aToB, bToA } = p;
    if (aToB?.allowVirtualNetworkAccess && bToA?.allowVirtualNetworkAccess) {
      setLink(connected, p.vnetAId, p.vnetBId, { peering: p, local: aToB, remote: bToA });
      setLink(connected, p.vnetBId, p.vnetAId, { peering: p, local: bToA, remote: aToB });
    } else {
      const key = pairKey(p.vnetAId, p.vnetBId);
      if (!broken.has(key)) broken.set(key, p);
    }
  }
  const graph = { connected, broken };
  cache.set(design, graph);
  return graph;
}
