/**
 * A layout that never buries anything. After an edit, whatever grew, moved or was added keeps its place
 * and the objects it now covers make room: subnets inside their VNet move down, top-level objects move
 * down or right (whichever is the shorter way out), and everything they in turn cover moves too. Pure;
 * the store runs it on every edit, so the room made is part of the same undo step.
 */
import type { Design, Position } from '../domain/model/schema';
import { type Draft, drafts } from './flow-adapter';
import { GRID, VNET } from './geometry';

/** The space left between a top-level object and one it pushed away. */
export const ROOM_GAP = 40;

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const onGrid = (n: number) => Math.ceil(n / GRID) * GRID;

/**
 * New places for the boxes that must make room for `movers`. Movers stay where they are (one that
 * covers an earlier mover goes below it); a box covered by a mover or by a box already pushed moves past
 * it, down or, when `sideways`, right if that is shorter. Boxes never move up or left, and every pushed
 * box is then fixed, so this always ends and leaves no pushed box or mover covering another box.
 */
export function pushApart(
  boxes: readonly Box[],
  movers: ReadonlySet<string>,
  options: { gap: number; sideways: boolean },
): Map<string, { x: number; y: number }> {
  const order = boxes.map((b) => ({ ...b })).sort((a, b) => a.y - b.y || a.x - b.x);
  const fixed: Box[] = [];
  const isFixed = new Set<string>();
  const moved = new Map<string, { x: number; y: number }>();
  const fix = (b: Box) => {
    const start = { x: b.x, y: b.y };
    // Each fixed box is passed at most once (x and y only grow), so this loop is bounded.
    for (let guard = 0; guard <= fixed.length; guard++) {
      const hit = fixed.find((f) => boxesOverlap(f, b));
      if (!hit) break;
      const down = onGrid(hit.y + hit.height + options.gap) - b.y;
      const right = onGrid(hit.x + hit.width + options.gap) - b.x;
      if (options.sideways && right < down) b.x += right;
      else b.y += down;
    }
    if (b.x !== start.x || b.y !== start.y) moved.set(b.id, { x: b.x, y: b.y });
    fixed.push(b);
    isFixed.add(b.id);
  };
  const queue: Box[] = [];
  for (const b of order)
    if (movers.has(b.id)) {
      fix(b);
      queue.push(b);
    }
  for (let i = 0; i < queue.length; i++) {
    const a = queue[i] as Box;
    for (const b of order) {
      if (isFixed.has(b.id) || !boxesOverlap(a, b)) continue;
      fix(b);
      queue.push(b);
    }
  }
  return moved;
}

const boxOfDraft = (d: Draft): Box => ({
  id: d.id,
  x: d.position.x,
  y: d.position.y,
  width: d.width,
  height: d.height,
});

function changedFrom(before: readonly Draft[]): (d: Draft) => boolean {
  const prev = new Map(before.map((d) => [d.id, d]));
  return (d) => {
    const p = prev.get(d.id);
    return (
      !p ||
      p.parentId !== d.parentId ||
      p.position.x !== d.position.x ||
      p.position.y !== d.position.y ||
      p.width !== d.width ||
      p.height !== d.height
    );
  };
}

/**
 * `after` with room made for what the edit from `before` grew, moved or added. Returns `after` itself
 * when nothing had to move.
 */
export function makeRoom(before: Design, after: Design): Design {
  if (before === after) return after;
  const previous = drafts(before);
  const changed = changedFrom(previous);
  let design = after;
  let list = drafts(after);

  // Subnets first, inside their VNet (relative positions, moving down): their VNet grows to hold them.
  const byVnet = new Map<string, Draft[]>();
  for (const d of list) {
    if (!d.parentId) continue;
    const siblings = byVnet.get(d.parentId) ?? [];
    siblings.push(d);
    byVnet.set(d.parentId, siblings);
  }
  const subnetMoves: Record<string, Position> = {};
  for (const siblings of byVnet.values()) {
    const movers = new Set(siblings.filter(changed).map((d) => d.id));
    if (movers.size === 0) continue;
    const moves = pushApart(siblings.map(boxOfDraft), movers, { gap: VNET.gap, sideways: false });
    for (const [id, p] of moves) subnetMoves[id] = { ...design.layout[id], ...p };
  }
  if (Object.keys(subnetMoves).length > 0) {
    design = { ...design, layout: { ...design.layout, ...subnetMoves } };
    list = drafts(design);
  }

  const top = list.filter((d) => !d.parentId);
  const movers = new Set(top.filter(changed).map((d) => d.id));
  if (movers.size === 0) return design;
  const moves = pushApart(top.map(boxOfDraft), movers, { gap: ROOM_GAP, sideways: true });
  if (moves.size === 0) return design;
  const layout = { ...design.layout };
  // Objects drawn at a default column spot are pinned there, so that moving one never moves another.
  for (const d of top) layout[d.id] ??= { x: d.position.x, y: d.position.y };
  for (const [id, p] of moves) layout[id] = { ...layout[id], ...p };
  return { ...design, layout };
}

/**
 * Pairs of objects drawn on each other: top-level objects, and subnets of the same VNet. Empty after any
 * sequence of edits settled by `makeRoom`.
 */
export function buriedPairs(design: Design): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const groups = new Map<string, Box[]>();
  for (const d of drafts(design)) {
    const key = d.parentId ?? '';
    const group = groups.get(key) ?? [];
    group.push(boxOfDraft(d));
    groups.set(key, group);
  }
  for (const group of groups.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Box;
        const b = group[j] as Box;
        if (boxesOverlap(a, b)) out.push([a.id, b.id]);
      }
  return out;
}
