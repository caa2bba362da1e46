/**
 * Auto-layout of a whole design with ELK's layered algorithm, left to right: environments → policies →
 * VNets (subnets stacked inside) → NAT gateways, NSGs, route tables and resources → DNS zones.
 * Pure and asynchronous (runs in Node too); elkjs is loaded on first use so it stays out of the
 * initial bundle.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { connectionId, listConnections } from '../domain/model/operations';
import type { Design, Position } from '../domain/model/schema';
import { type ColumnKind, collectionOfKind, isColumnKind, LAYOUT_LAYER, nodeKinds } from './canvas-kinds';
import { vnetSize } from './flow-adapter';
import { GRID, NODE_SIZE, type NodeKind } from './geometry';
import { vnetChildren } from './vnet-children';

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

export interface Point {
  x: number;
  y: number;
}

/** A connection's path as auto-layout routed it: orthogonal, around objects, and where its label goes. */
export interface EdgeRoute {
  points: Point[];
  label: Point;
}

export interface AutoLayout {
  /** New positions (and VNet sizes) for every object (subnets relative to their VNet). */
  positions: Record<string, Position>;
  /** Routes by edge id (`connectionId`), valid for exactly these positions. */
  routes: Record<string, EdgeRoute>;
}

/** New positions (and VNet sizes) for every object of the design. */
export async function computeAutoLayout(design: Design): Promise<Record<string, Position>> {
  return (await computeAutoLayoutWithRoutes(design)).positions;
}

/** Positions for every object and, for every connection, a route around the objects (ELK's own). */
export async function computeAutoLayoutWithRoutes(design: Design): Promise<AutoLayout> {
  const positions: Record<string, Position> = {};
  const parentOf = new Map<string, string>();
  const vnetIds = new Set(design.vnets.map((v) => v.id));
  for (const s of design.subnets) if (vnetIds.has(s.vnetId)) parentOf.set(s.id, s.vnetId);
  const nodes: ElkNode[] = [];
  const add = (id: string, kind: 'vnet' | ColumnKind, width: number, height: number) =>
    nodes.push({
      id,
      width,
      height,
      layoutOptions: { 'elk.partitioning.partition': String(partition[kind]) },
    });
  // Inside each VNet: its subnets stacked from the top, its hub objects beside their subnets.
  const inside = vnetChildren({ ...design, layout: {} });
  for (const kind of nodeKinds) {
    if (kind === 'vnet')
      for (const v of design.vnets) {
        const boxes = inside.get(v.id) ?? [];
        for (const b of boxes) positions[b.id] = { x: b.x, y: b.y };
        const size = vnetSize(undefined, boxes);
        positions[v.id] = { x: 0, y: 0, ...size };
        add(v.id, 'vnet', size.width, size.height);
      }
    else if (isColumnKind(kind))
      for (const o of design[collectionOfKind[kind]] as ReadonlyArray<{ id: string }>)
        add(o.id, kind, NODE_SIZE[kind].width, NODE_SIZE[kind].height);
  }

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
      // Lines run between objects, never through them; their sections become the drawn paths.
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.edgeNodeBetweenLayers': '30',
    },
    children: nodes,
    edges,
  });
  const shift = new Map<string, Point>();
  for (const n of result.children ?? []) {
    const prev = positions[n.id];
    positions[n.id] = { ...prev, x: snap(n.x ?? 0), y: snap(n.y ?? 0) };
    shift.set(n.id, { x: snap(n.x ?? 0) - (n.x ?? 0), y: snap(n.y ?? 0) - (n.y ?? 0) });
  }
  const elkRoutes = new Map<string, Point[]>();
  for (const e of result.edges ?? []) {
    const section = e.sections?.[0];
    const s = e.sources[0];
    const t = e.targets[0];
    if (!section || !s || !t) continue;
    elkRoutes.set(`${s}>${t}`, [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
  }
  return { positions, routes: routeConnections(design, positions, parentOf, elkRoutes, shift) };
}

/** How far outside its VNet a line to a subnet turns towards the subnet. */
const STUB = 14;

/**
 * The drawn route of every connection: ELK's route between the objects (or their VNets), carried on to
 * the subnet itself just outside its VNet, with the label where no object is: beside the VNet, level
 * with the subnet, for a line to a subnet (so two subnets' labels never share a spot); otherwise in the
 * middle of the route's longest straight run.
 */
function routeConnections(
  design: Design,
  positions: Record<string, Position>,
  parentOf: ReadonlyMap<string, string>,
  elkRoutes: ReadonlyMap<string, Point[]>,
  shift: ReadonlyMap<string, Point>,
): Record<string, EdgeRoute> {
  const routes: Record<string, EdgeRoute> = {};
  const lift = (id: string) => parentOf.get(id) ?? id;
  const subnetBox = (id: string) => {
    const vnetId = parentOf.get(id);
    const v = vnetId ? positions[vnetId] : undefined;
    const p = positions[id];
    if (!vnetId || !v || !p) return undefined;
    return {
      vnet: { x: v.x, y: v.y, width: v.width ?? 0, height: v.height ?? 0 },
      x: v.x + p.x,
      y: v.y + p.y,
      width: NODE_SIZE.subnet.width,
      height: NODE_SIZE.subnet.height,
    };
  };
  for (const c of listConnections(design)) {
    const s = lift(c.sourceId);
    const t = lift(c.targetId);
    const forward = elkRoutes.get(`${s}>${t}`);
    const raw = forward ?? elkRoutes.get(`${t}>${s}`)?.slice().reverse();
    if (!raw || raw.length < 2) continue;
    // ELK placed nodes off the grid by less than a step; the route moves with each end's node.
    const from = shift.get(s) ?? { x: 0, y: 0 };
    const to = shift.get(t) ?? { x: 0, y: 0 };
    let points = moveEnd(moveEnd(raw, from).reverse(), to).reverse();
    let label: Point | undefined;
    const onto = (end: 'start' | 'end', subnetId: string) => {
      const box = subnetBox(subnetId);
      if (!box) return;
      const list = end === 'start' ? points.slice().reverse() : points;
      const last = list[list.length - 1] as Point;
      const leftSide = last.x <= box.vnet.x + box.vnet.width / 2;
      const outside = leftSide ? box.vnet.x - STUB : box.vnet.x + box.vnet.width + STUB;
      const cy = box.y + box.height / 2;
      const edgeX = leftSide ? box.x : box.x + box.width;
      const before = list.slice(0, -1);
      const prev = before[before.length - 1];
      // Straight to a point just outside the VNet, then along the subnet's middle into the subnet.
      const extended = [...before];
      if (prev && prev.y !== last.y) extended.push({ x: prev.x, y: last.y });
      extended.push({ x: outside, y: last.y }, { x: outside, y: cy }, { x: edgeX, y: cy });
      points = end === 'start' ? extended.reverse() : extended;
      label = { x: leftSide ? box.vnet.x - STUB - 34 : box.vnet.x + box.vnet.width + STUB + 34, y: cy };
    };
    if (parentOf.has(c.targetId)) onto('end', c.targetId);
    if (parentOf.has(c.sourceId)) onto('start', c.sourceId);
    routes[connectionId(c)] = { points: simplify(points), label: label ?? longestRunMiddle(points) };
  }
  return routes;
}

/**
 * The route with its first point moved by `d` (its node moved onto the grid), staying orthogonal: the
 * next point follows along the first run, or a straight route gets a jog in its middle.
 */
function moveEnd(points: readonly Point[], d: Point): Point[] {
  const out = points.map((p) => ({ ...p }));
  const [a, b] = out;
  if (!a || !b || (d.x === 0 && d.y === 0)) return out;
  const horizontal = a.y === b.y;
  a.x += d.x;
  a.y += d.y;
  if (out.length === 2) {
    const jog = horizontal
      ? [
          { x: (a.x + b.x) / 2, y: a.y },
          { x: (a.x + b.x) / 2, y: b.y },
        ]
      : [
          { x: a.x, y: (a.y + b.y) / 2 },
          { x: b.x, y: (a.y + b.y) / 2 },
        ];
    return [a, ...jog, b];
  }
  if (horizontal) b.y = a.y;
  else b.x = a.x;
  return out;
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    )
      out.pop();
    out.push(p);
  }
  return out;
}

function longestRunMiddle(points: readonly Point[]): Point {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let length = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const l = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (l > length) {
      length = l;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
