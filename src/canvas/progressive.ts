/**
 * Progressive drawing of large designs: React Flow gets the nodes in slices, the part in view first,
 * so that no single task creates, lays out and measures hundreds of nodes at once. Pure (runs in Node);
 * `use-progressive-nodes.ts` schedules the slices.
 */
import type { Rect, Viewport } from '@xyflow/system';
import type { StudioEdge, StudioNode } from './flow-adapter';

/** Designs that bring more new nodes than this at once are drawn in slices. */
export const PROGRESSIVE_FROM = 150;
/** Nodes in view per slice at first; the hook adapts it to how long slices take. */
export const FIRST_SLICE = 80;

/** The part of the flow (in flow coordinates) that `viewport` shows in a pane of `width` × `height`. */
export function viewRect(viewport: Viewport, width: number, height: number): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: width / viewport.zoom,
    height: height / viewport.zoom,
  };
}

const overlaps = (a: Rect, x: number, y: number, w: number, h: number) =>
  x < a.x + a.width && x + w > a.x && y < a.y + a.height && y + h > a.y;

export interface RevealPlan {
  /** Ids in drawing order: the nodes in view (parents before children), then the rest. */
  order: string[];
  /** How many of `order` are in view. */
  inView: number;
}

/**
 * The order in which to draw `nodes` (which list parents before their children, as React Flow needs):
 * those overlapping `view` first, then the others; every node after its parent. Ids in `skip` (already
 * drawn) are left out.
 */
export function planReveal(
  nodes: readonly StudioNode[],
  view: Rect | undefined,
  skip: ReadonlySet<string> = new Set(),
): RevealPlan {
  const absolute = new Map<string, { x: number; y: number }>();
  const first: string[] = [];
  const rest: string[] = [];
  const placed = new Set<string>();
  for (const n of nodes) {
    const parent = n.parentId ? absolute.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.x ?? 0);
    const y = n.position.y + (parent?.y ?? 0);
    absolute.set(n.id, { x, y });
    if (skip.has(n.id)) continue;
    const visible = !view || overlaps(view, x, y, n.width ?? 0, n.height ?? 0);
    // A child drawn early needs its parent drawn before it.
    const parentPending = n.parentId !== undefined && !skip.has(n.parentId) && !placed.has(n.parentId);
    if (visible && !parentPending) {
      first.push(n.id);
      placed.add(n.id);
    } else rest.push(n.id);
  }
  return { order: [...first, ...rest], inView: first.length };
}

/**
 * How far along `order` the next slice goes from `start`: `budget` nodes in view, where nodes out of
 * view cost `offscreenCost` each (React Flow does not draw them when it only renders what is visible).
 */
export function sliceEnd(plan: RevealPlan, start: number, budget: number, offscreenCost: number): number {
  let spent = 0;
  let i = start;
  while (i < plan.order.length && spent < budget) {
    spent += i < plan.inView ? 1 : offscreenCost;
    i++;
  }
  return Math.max(i, Math.min(plan.order.length, start + 1));
}

/** The nodes and edges to hand React Flow while only `shown` are drawn (all of them when undefined). */
export function drawnPart(
  nodes: StudioNode[],
  edges: StudioEdge[],
  shown: ReadonlySet<string> | undefined,
): { nodes: StudioNode[]; edges: StudioEdge[] } {
  if (!shown) return { nodes, edges };
  return {
    nodes: nodes.filter((n) => shown.has(n.id)),
    edges: edges.filter((e) => shown.has(e.source) && shown.has(e.target)),
  };
}

/** Ids of `nodes` that are not in `known`, counted up to `limit` (then it stops looking). */
export function countNew(nodes: readonly StudioNode[], known: ReadonlySet<string>, limit: number): number {
  let n = 0;
  for (const node of nodes) if (!known.has(node.id) && ++n > limit) break;
  return n;
}
