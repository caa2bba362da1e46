/**
 * Where a new object goes on the canvas: below the objects of its column, or below the last subnet of
 * its VNet. Pure; used by the palette's add actions.
 */
import { collectionOf } from '../domain/model/operations';
import type { Design } from '../domain/model/schema';
import { type ColumnKind, isColumnKind } from './canvas-kinds';
import { vnetSize } from './flow-adapter';
import {
  COLUMN_X,
  collectionOfKind,
  defaultSubnetPosition,
  NODE_SIZE,
  type NodeKind,
  VNET,
} from './geometry';
import { vnetChildren } from './vnet-children';

const kindOfCollection = new Map<string, NodeKind>(
  Object.entries(collectionOfKind).map(([kind, collection]) => [collection, kind as NodeKind]),
);

/** Kinds drawn on their own, at a position of the canvas (not inside a VNet). */
type TopKind = 'vnet' | ColumnKind;
const isTop = (k: NodeKind): k is TopKind => k === 'vnet' || isColumnKind(k);

function heightOf(design: Design, id: string, kind: TopKind): number {
  if (kind === 'vnet') return vnetSize(design.layout[id], vnetChildren(design).get(id) ?? []).height;
  return NODE_SIZE[kind].height;
}

/**
 * A free spot for a new top-level object of this kind: in line with the lowest object of the same kind
 * (or in the kind's default column), below everything it would overlap.
 */
export function nextSpot(design: Design, kind: TopKind): { x: number; y: number } {
  const placed: Array<{
    id: string;
    kind: TopKind;
    x: number;
    y: number;
    width?: number;
  }> = [];
  for (const [id, p] of Object.entries(design.layout)) {
    const collection = collectionOf(design, id);
    const k = collection ? kindOfCollection.get(collection) : undefined;
    if (k && isTop(k)) placed.push({ id, kind: k, ...p });
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

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of every top-level object with a stored position (VNets at their grown size). */
function topLevelBoxes(design: Design, only?: string): Box[] {
  const out: Box[] = [];
  for (const [id, p] of Object.entries(design.layout)) {
    if (only !== undefined && id !== only) continue;
    const collection = collectionOf(design, id);
    const k = collection ? kindOfCollection.get(collection) : undefined;
    if (!k || !isTop(k)) continue;
    if (k === 'vnet') out.push({ x: p.x, y: p.y, ...vnetSize(p, vnetChildren(design).get(id) ?? []) });
    else out.push({ x: p.x, y: p.y, ...NODE_SIZE[k] });
  }
  return out;
}

/** The absolute box of an object on the canvas (a subnet or hub object inside its VNet), if it has a position. */
export function boxOf(design: Design, id: string): Box | undefined {
  for (const [vnetId, children] of vnetChildren(design)) {
    const c = children.find((x) => x.id === id);
    if (!c) continue;
    const vnet = design.layout[vnetId];
    if (!vnet) return undefined;
    return { x: vnet.x + c.x, y: vnet.y + c.y, width: c.width, height: c.height };
  }
  return topLevelBoxes(design, id)[0];
}

/**
 * A free spot for a new object next to what it belongs to (a resource beside its subnet, a DNS zone
 * beside its resource): to the right of `anchor`, in line with it, moving down past anything it would
 * overlap. Falls back to the kind's column when the anchor has no position.
 */
export function spotBeside(
  design: Design,
  anchorId: string | undefined,
  kind: ColumnKind,
): { x: number; y: number } {
  const anchor = anchorId === undefined ? undefined : boxOf(design, anchorId);
  if (!anchor) return nextSpot(design, kind);
  const size = NODE_SIZE[kind];
  const boxes = topLevelBoxes(design);
  // Right of the anchor's VNet when the anchor is a subnet, so the object sits outside the container.
  const container = boxes.find(
    (b) =>
      b.x <= anchor.x &&
      b.y <= anchor.y &&
      b.x + b.width >= anchor.x + anchor.width &&
      b.y + b.height >= anchor.y + anchor.height &&
      (b.width > anchor.width || b.height > anchor.height),
  );
  const x = Math.ceil(((container ?? anchor).x + (container ?? anchor).width + 60) / 10) * 10;
  let y = Math.round(anchor.y / 10) * 10;
  const overlaps = (yy: number) =>
    boxes.some(
      (b) =>
        b.x < x + size.width + 20 &&
        b.x + b.width + 20 > x &&
        b.y < yy + size.height + 20 &&
        b.y + b.height + 20 > yy,
    );
  for (let guard = 0; guard < 500 && overlaps(y); guard++) y += 10;
  return { x, y };
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
