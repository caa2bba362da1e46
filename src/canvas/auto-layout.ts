/**
 * Auto-layout of a whole design with ELK's layered algorithm, left to right: environments → policies →
 * VNets (subnets stacked inside) → NAT gateways, NSGs, route tables and resources → DNS zones.
 * Pure and asynchronous (runs in Node too); elkjs is loaded on first use so it stays out of the
 * initial bundle.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { listConnections } from '../domain/model/operations';
import type { Design, Position } from '../domain/model/schema';
import { LAYOUT_LAYER } from './canvas-kinds';
import { vnetSize } from './flow-adapter';
import { defaultSubnetPosition, GRID, NODE_SIZE, type NodeKind } from './geometry';

const partition = LAYOUT_LAYER;

const snap = (n: number) => Math.round(n / GRID) * GRID;

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elkPromise: Promise<Elk> | undefined;

async function loadElk(): Promise<Elk> {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const ELK = (m.default ?? m) as unknown as new () => Elk;
    return new ELK();
  });
  return elkPromise;
}

/** New positions (and VNet sizes) for every object of the design. */
export async function computeAutoLayout(design: Design): Promise<Record<string, Position>> {
  const positions: Record<string, Position> = {};
  const parentOf = new Map<string, string>();
  const vnetIds = new Set(design.vnets.map((v) => v.id));
  const children = new Map<string, string[]>();
  for (const s of design.subnets) {
    if (!vnetIds.has(s.vnetId)) continue;
    parentOf.set(s.id, s.vnetId);
    const list = children.get(s.vnetId) ?? [];
    list.push(s.id);
    children.set(s.vnetId, list);
  }
  const nodes: ElkNode[] = [];
  const add = (id: string, kind: Exclude<NodeKind, 'subnet'>, width: number, height: number) =>
    nodes.push({
      id,
      width,
      height,
      layoutOptions: { 'elk.partitioning.partition': String(partition[kind]) },
    });
  for (const e of design.environments)
    add(e.id, 'environment', NODE_SIZE.environment.width, NODE_SIZE.environment.height);
  for (const p of design.policies) add(p.id, 'policy', NODE_SIZE.policy.width, NODE_SIZE.policy.height);
  for (const v of design.vnets) {
    const subnets = children.get(v.id) ?? [];
    const spots = subnets.map((_, i) => defaultSubnetPosition(i));
    subnets.forEach((id, i) => {
      const spot = spots[i];
      if (spot) positions[id] = spot;
    });
    const size = vnetSize(undefined, spots);
    positions[v.id] = { x: 0, y: 0, ...size };
    add(v.id, 'vnet', size.width, size.height);
  }
  for (const n of design.natGateways)
    add(n.id, 'natGateway', NODE_SIZE.natGateway.width, NODE_SIZE.natGateway.height);
  for (const n of design.nsgs) add(n.id, 'nsg', NODE_SIZE.nsg.width, NODE_SIZE.nsg.height);
  for (const r of design.routeTables)
    add(r.id, 'routeTable', NODE_SIZE.routeTable.width, NODE_SIZE.routeTable.height);
  for (const r of design.resources)
    add(r.id, 'resource', NODE_SIZE.resource.width, NODE_SIZE.resource.height);
  for (const z of design.privateDnsZones)
    add(z.id, 'dnsZone', NODE_SIZE.dnsZone.width, NODE_SIZE.dnsZone.height);

  const present = new Set(nodes.map((n) => n.id));
  const edges: ElkExtendedEdge[] = [];
  const seen = new Set<string>();
  // Edges to subnets pull on their VNet; a resource placed in a subnet sits near that VNet.
  const lift = (id: string) => parentOf.get(id) ?? id;
  const link = (a: string, b: string) => {
    const s = lift(a);
    const t = lift(b);
    const key = `${s}>${t}`;
    if (s === t || seen.has(key) || !present.has(s) || !present.has(t)) return;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, sources: [s], targets: [t] });
  };
  for (const c of listConnections(design)) link(c.sourceId, c.targetId);
  for (const r of design.resources)
    link(r.placement.type === 'subnet' ? r.placement.subnetId : r.placement.gatewayVnetId, r.id);

  const elk = await loadElk();
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    },
    children: nodes,
    edges,
  });
  for (const n of result.children ?? []) {
    const prev = positions[n.id];
    positions[n.id] = { ...prev, x: snap(n.x ?? 0), y: snap(n.y ?? 0) };
  }
  return positions;
}
