/**
 * Objects that an edit moved without the pointer (room made for a grown VNet, an undo, auto-layout)
 * glide to their new place instead of jumping, so the eye can follow what moved. Pure: the canvas
 * drives the frames.
 */
import type { StudioNode } from './flow-adapter';

/** How long a glide takes. */
export const TWEEN_MS = 220;
/** More moved objects than this (a large design laid out again) jump: drawing frames would cost more. */
export const TWEEN_MAX = 300;

export interface Tween {
  from: ReadonlyMap<string, { x: number; y: number }>;
  to: ReadonlyMap<string, { x: number; y: number }>;
}

/** The glide from the nodes on screen to the rebuilt ones, if any node moved (and not too many). */
export function startTween(shown: readonly StudioNode[], next: readonly StudioNode[]): Tween | undefined {
  const prev = new Map(shown.map((n) => [n.id, n.position]));
  const from = new Map<string, { x: number; y: number }>();
  const to = new Map<string, { x: number; y: number }>();
  for (const n of next) {
    const p = prev.get(n.id);
    if (!p || (p.x === n.position.x && p.y === n.position.y)) continue;
    from.set(n.id, p);
    to.set(n.id, n.position);
  }
  return from.size > 0 && from.size <= TWEEN_MAX ? { from, to } : undefined;
}

/** The nodes at `progress` (0 → 1) of the glide, eased out. Unmoved nodes keep their identity. */
export function tweenFrame(nodes: readonly StudioNode[], tween: Tween, progress: number): StudioNode[] {
  const k = Math.min(1, Math.max(0, progress));
  const e = 1 - (1 - k) ** 3;
  return nodes.map((n) => {
    const f = tween.from.get(n.id);
    const t = tween.to.get(n.id);
    if (!f || !t) return n;
    const position = k >= 1 ? t : { x: f.x + (t.x - f.x) * e, y: f.y + (t.y - f.y) * e };
    return { ...n, position };
  });
}
