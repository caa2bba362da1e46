/**
 * Where a new object goes on the canvas: below the objects of its column, or below the last subnet of
 * its VNet. Pure; used by the palette's add actions.
 */
import { collectionOf } from '../domain/model/operations';
import type { Design } from '../domain/model/schema';
import { vnetSize } from './flow-adapter';
import {
  COLUMN_X,
  collectionOfKind,
  defaultSubnetPosition,
  NODE_SIZE,
  type NodeKind,
  VNET,
} from './geometry';

const kindOfCollection = new Map<string, NodeKind>(
  Object.entries(collectionOfKind).map(([kind, collection]) => [collection, kind as NodeKind]),
);

function heightOf(design: Design, id: string, kind: NodeKind): number {
  if (kind === 'vnet') {
    const children = design.subnets
      .filter((s) => s.vnetId === id)
      .map((s, i) => design.layout[s.id] ?? defaultSubnetPosition(i));
    return vnetSize(design.layout[id], children).height;
  }
  return NODE_SIZE[kind].height;
}

/**
 * A free spot for a new top-level object of this kind: in line with the lowest object of the same kind
 * (or in the kind's default column), below everything it would overlap.
 */
export function nextSpot(design: Design, kind: Exclude<NodeKind, 'subnet'>): { x: number; y: number } {
  const placed: Array<{
    id: string;
    kind: Exclude<NodeKind, 'subnet'>;
    x: number;
    y: number;
    width?: number;
  }> = [];
  for (const [id, p] of Object.entries(design.layout)) {
    const collection = collectionOf(design, id);
    const k = collection ? kindOfCollection.get(collection) : undefined;
    if (k && k !== 'subnet') placed.push({ id, kind: k, ...p });
  }
  const sameKind = placed.filter((p) => p.kind === kind).sort((a, b) => b.y - a.y)[0];
  const x = sameKind?.x ?? COLUMN_X[kind];
  const width = kind === 'vnet' ? VNET.minWidth : NODE_SIZE[kind].width;
  let bottom = -Infinity;
  for (const p of placed) {
    const { id, kind: k } = p;
    const w = k === 'vnet' ? (p.width ?? VNET.minWidth) : NODE_SIZE[k].width;
    // Anything overlapping the column horizontally counts.
    if (p.x + w <= x || p.x >= x + width) continue;
    bottom = Math.max(bottom, p.y + heightOf(design, id, k));
  }
  return { x, y: bottom === -Infinity ? 0 : Math.ceil((bottom + 40) / 10) * 10 };
}

/** A spot for a new subnet inside its VNet, below the existing ones (relative to the VNet). */
export function nextSubnetSpot(design: Design, vnetId: string): { x: number; y: number } {
  let bottom = VNET.header - VNET.gap;
  design.subnets
    .filter((s) => s.vnetId === vnetId)
    .forEach((s, i) => {
      const p = design.layout[s.id] ?? defaultSubnetPosition(i);
      bottom = Math.max(bottom, p.y + NODE_SIZE.subnet.height);
    });
  return { x: VNET.padding, y: bottom + VNET.gap };
}
