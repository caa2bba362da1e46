/**
 * Design → React Flow nodes and edges. Pure (runs in Node). Nodes carry ids, not copies of entities:
 * node components read their entity from the store. Rebuilding reuses the previous node object when
 * nothing React Flow cares about changed (so dragging one node re-renders one node) and always keeps
 * React Flow's `measured` sizes (it re-measures nodes that arrive without them).
 */

import type { Edge, EdgeMarker, MarkerType, Node } from '@xyflow/react';
import { type HubObject, hostSubnet } from '../domain/model/hub-hosts';
import { kinds } from '../domain/model/kinds';
import { type Connection, connectionId, listConnections } from '../domain/model/operations';
import { type Design, entityCollections, type Position } from '../domain/model/schema';
import { type ColumnKind, columnKinds } from './canvas-kinds';
import { edgeColour } from './edges/edge-style';
import { COLUMN_X, collectionOfKind, NODE_SIZE, type NodeKind, VNET } from './geometry';
import { hubKinds, vnetChildren } from './vnet-children';

export type StudioNodeData = Record<string, never>;
export type StudioNode = Node<StudioNodeData, NodeKind>;

export interface StudioEdgeData extends Record<string, unknown> {
  kind: Connection['kind'];
  connection: Connection;
  label?: string;
  /** A peering with only one direction: drawn dashed, with an arrow. */
  oneWay?: 'forward' | 'backward';
}
export type StudioEdge = Edge<StudioEdgeData, 'studio'>;

const EMPTY: StudioNodeData = {};

const kindLabel = (kind: NodeKind) => kinds[kind].label.one;

export interface Draft {
  id: string;
  type: NodeKind;
  name: string;
  position: { x: number; y: number };
  width: number;
  height: number;
  parentId?: string;
}

/** The size of a VNet container: its stored size, grown to hold its children (subnet-sized unless given). */
export function vnetSize(
  stored: Position | undefined,
  children: ReadonlyArray<{ x: number; y: number; width?: number; height?: number }>,
): { width: number; height: number } {
  let width = Math.max(VNET.minWidth, stored?.width ?? 0);
  let height = Math.max(VNET.minHeight, stored?.height ?? 0);
  for (const c of children) {
    width = Math.max(width, c.x + (c.width ?? NODE_SIZE.subnet.width) + VNET.padding);
    height = Math.max(height, c.y + (c.height ?? NODE_SIZE.subnet.height) + VNET.padding);
  }
  return { width, height };
}

/**
 * Every object's box as the canvas draws it: top-level objects at their stored (or column) position,
 * VNets at their grown size, subnets relative to their VNet (`parentId`). Pure; shared by the node
 * builder and the layout that makes room (`make-room.ts`).
 */
export function drafts(design: Design): Draft[] {
  const { layout } = design;
  const out: Draft[] = [];
  const vnetIds = new Set(design.vnets.map((v) => v.id));
  // Objects without a stored position go below the stored ones of their column.
  const columnBottom = new Map<number, number>();
  const place = (kind: 'vnet' | ColumnKind, id: string, height: number) => {
    const stored = layout[id];
    if (stored) return { x: stored.x, y: stored.y };
    const x = COLUMN_X[kind];
    const y = columnBottom.get(x) ?? 0;
    columnBottom.set(x, y + height + 40);
    return { x, y };
  };
  const noteStored = (kind: 'vnet' | ColumnKind, id: string, height: number) => {
    const p = layout[id];
    if (!p) return;
    const x = COLUMN_X[kind];
    columnBottom.set(x, Math.max(columnBottom.get(x) ?? 0, p.y + height + 40));
  };

  const childrenOf = vnetChildren(design);
  const vnetSizes = new Map<string, { width: number; height: number }>();
  for (const v of design.vnets) {
    const size = vnetSize(layout[v.id], childrenOf.get(v.id) ?? []);
    vnetSizes.set(v.id, size);
    noteStored('vnet', v.id, size.height);
  }
  const simple = (kind: ColumnKind, list: ReadonlyArray<{ id: string; name: string }>) => {
    for (const e of list) noteStored(kind, e.id, NODE_SIZE[kind].height);
    return () => {
      for (const e of list)
        out.push({
          id: e.id,
          type: kind,
          name: e.name,
          position: place(kind, e.id, NODE_SIZE[kind].height),
          ...NODE_SIZE[kind],
        });
    };
  };
  const emitters = columnKinds.map((kind) =>
    simple(kind, design[collectionOfKind[kind]] as ReadonlyArray<{ id: string; name: string }>),
  );
  // Parents come before their children (React Flow needs them first).
  for (const v of design.vnets) {
    const size = vnetSizes.get(v.id) ?? { width: VNET.minWidth, height: VNET.minHeight };
    out.push({ id: v.id, type: 'vnet', name: v.name, position: place('vnet', v.id, size.height), ...size });
  }
  for (const v of design.vnets)
    for (const c of childrenOf.get(v.id) ?? [])
      out.push({
        id: c.id,
        type: c.type,
        name: c.name,
        position: { x: c.x, y: c.y },
        width: c.width,
        height: c.height,
        parentId: v.id,
      });
  // A subnet whose VNet is missing (a half-edited import) still shows, on its own.
  let orphan = 0;
  for (const s of design.subnets) {
    if (vnetIds.has(s.vnetId)) continue;
    const stored = layout[s.id];
    out.push({
      id: s.id,
      type: 'subnet',
      name: s.name,
      position: stored ? { x: stored.x, y: stored.y } : { x: COLUMN_X.vnet, y: -200 - 100 * orphan++ },
      ...NODE_SIZE.subnet,
    });
  }
  for (const emit of emitters) emit();
  return out;
}

/**
 * Accessible names, unique on the canvas: "<kind> <name>", then " in <VNet>" for a subnet (or " in
 * <subnet>" for a resource) whose plain name repeats, then the id as a last resort. A hub object always
 * says where it is: "Azure Firewall afw-hub in AzureFirewallSubnet of vnet-hub".
 */
function accessibleNames(design: Design, list: readonly Draft[]): Map<string, string> {
  const hubWhere = hubLocations(design);
  const plain = (d: Draft) => {
    const where = hubWhere.get(d.id);
    return `${kindLabel(d.type)} ${d.name}${where ? ` ${where}` : ''}`;
  };
  const count = (labels: Iterable<string>) => {
    const n = new Map<string, number>();
    for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
    return n;
  };
  const first = count(list.map(plain));
  const vnetName = new Map(design.vnets.map((v) => [v.id, v.name]));
  const subnetOf = new Map(design.subnets.map((s) => [s.id, s]));
  const resourceOf = new Map(design.resources.map((r) => [r.id, r]));
  const out = new Map<string, string>();
  for (const d of list) {
    let label = plain(d);
    if ((first.get(label) ?? 0) > 1) {
      const subnet = subnetOf.get(d.id);
      const placement = resourceOf.get(d.id)?.placement;
      const where = subnet
        ? vnetName.get(subnet.vnetId)
        : placement?.type === 'subnet'
          ? subnetOf.get(placement.subnetId)?.name
          : undefined;
      if (where !== undefined) label = `${label} in ${where}`;
    }
    out.set(d.id, label);
  }
  const second = count(out.values());
  for (const [id, label] of out) if ((second.get(label) ?? 0) > 1) out.set(id, `${label} (${id})`);
  return out;
}

/** Where each hub object is, in words: "in AzureFirewallSubnet of vnet-hub", or "in vnet-hub" without its subnet. */
function hubLocations(design: Design): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of hubKinds)
    for (const o of design[collectionOfKind[kind]] as readonly HubObject[]) {
      const vnet = design.vnets.find((v) => v.id === o.vnetId)?.name ?? o.vnetId;
      const host = hostSubnet(design, kind, o);
      out.set(o.id, host ? `in ${host.name} of ${vnet}` : `in ${vnet}`);
    }
  return out;
}

function sameNode(a: StudioNode, d: Draft, selected: boolean, ariaLabel: string): boolean {
  return (
    a.type === d.type &&
    a.position.x === d.position.x &&
    a.position.y === d.position.y &&
    a.width === d.width &&
    a.height === d.height &&
    a.parentId === d.parentId &&
    (a.selected ?? false) === selected &&
    a.ariaLabel === ariaLabel
  );
}

/**
 * The nodes of a design. `previous` (the nodes React Flow holds now) lets unchanged nodes keep their
 * object identity and every node keep its measured size.
 */
export function buildNodes(
  design: Design,
  selection: ReadonlySet<string>,
  previous: readonly StudioNode[] = [],
): StudioNode[] {
  const prev = new Map<string, StudioNode>();
  for (const n of previous) prev.set(n.id, n);
  const list = drafts(design);
  const labels = accessibleNames(design, list);
  return list.map((d) => {
    const selected = selection.has(d.id);
    const old = prev.get(d.id);
    const ariaLabel = labels.get(d.id) ?? `${kindLabel(d.type)} ${d.name}`;
    if (old && sameNode(old, d, selected, ariaLabel)) return old;
    const node: StudioNode = {
      id: d.id,
      type: d.type,
      position: d.position,
      data: EMPTY,
      width: d.width,
      height: d.height,
      selected,
      ariaLabel,
    };
    if (d.parentId) {
      node.parentId = d.parentId;
      node.extent = 'parent';
    }
    // Edges to subnets are lifted to the subnets' level (1); other objects sit above them so that an
    // edge ending at a handle never covers the handle. VNet containers stay at the bottom.
    if (d.type !== 'vnet' && d.type !== 'subnet') node.zIndex = 2;
    if (old?.measured) node.measured = old.measured;
    return node;
  });
}

function edgeDraft(design: Design, c: Connection, policyIndex: Map<string, string[]>): StudioEdgeData {
  const data: StudioEdgeData = { kind: c.kind, connection: c };
  if (c.kind === 'policy-subnet') {
    const i = policyIndex.get(c.sourceId)?.indexOf(c.targetId) ?? -1;
    data.label = i === 0 ? 'primary' : i === 1 ? 'secondary' : `subnet ${i + 1}`;
  }
  if (c.kind === 'peering') {
    const p = design.peerings.find((x) => x.id === c.id);
    if (p && p.aToB === null) data.oneWay = 'backward';
    else if (p && p.bToA === null) data.oneWay = 'forward';
    if (data.oneWay) data.label = 'one-way';
  }
  return data;
}

function sameEdge(a: StudioEdge, b: StudioEdgeData, selected: boolean): boolean {
  const d = a.data;
  return (
    d !== undefined &&
    d.kind === b.kind &&
    d.label === b.label &&
    d.oneWay === b.oneWay &&
    (a.selected ?? false) === selected
  );
}

/**
 * One edge per domain connection. An edge is selected when its id is in `selectedEdges` or, for a
 * peering, when the peering object is in the selection.
 */
export function buildEdges(
  design: Design,
  selectedEdges: ReadonlySet<string>,
  selection: ReadonlySet<string>,
  previous: readonly StudioEdge[] = [],
): StudioEdge[] {
  const prev = new Map<string, StudioEdge>();
  for (const e of previous) prev.set(e.id, e);
  const policyIndex = new Map<string, string[]>();
  for (const p of design.policies) policyIndex.set(p.id, p.subnetIds);
  const names = new Map<string, string>();
  for (const key of entityCollections)
    for (const e of design[key]) names.set(e.id, 'name' in e ? e.name : e.id);
  const seen = new Set<string>();
  const out: StudioEdge[] = [];
  for (const c of listConnections(design)) {
    const id = connectionId(c);
    if (seen.has(id)) continue;
    seen.add(id);
    const data = edgeDraft(design, c, policyIndex);
    const selected = selectedEdges.has(id) || (c.id !== undefined && selection.has(c.id));
    const ariaLabel = `${connectionLabel[c.kind]}: ${names.get(c.sourceId) ?? c.sourceId} to ${names.get(c.targetId) ?? c.targetId}`;
    const old = prev.get(id);
    if (
      old &&
      old.source === c.sourceId &&
      old.target === c.targetId &&
      old.ariaLabel === ariaLabel &&
      sameEdge(old, data, selected)
    ) {
      out.push(old);
      continue;
    }
    const edge: StudioEdge = {
      id,
      type: 'studio',
      source: c.sourceId,
      target: c.targetId,
      data,
      selected,
      ariaLabel,
    };
    const marker: EdgeMarker = {
      type: 'arrowclosed' as MarkerType,
      color: edgeColour[c.kind],
      width: 16,
      height: 16,
    };
    if (c.kind !== 'peering' || data.oneWay === 'forward') edge.markerEnd = marker;
    if (data.oneWay === 'backward') edge.markerStart = marker;
    out.push(edge);
  }
  return out;
}

const connectionLabel: Record<Connection['kind'], string> = {
  'policy-link': 'Policy link',
  'policy-subnet': 'Delegated subnet',
  peering: 'Peering',
  nat: 'NAT gateway',
  nsg: 'NSG',
  'route-table': 'Route table',
  needs: 'Needs resource',
  'dns-link': 'DNS link',
  'dns-zone': 'DNS zone',
};
