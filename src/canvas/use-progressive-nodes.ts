/**
 * Hands React Flow a large design in slices, the part in view first, one slice per task so the page
 * keeps painting and answering while it draws (see `progressive.ts`). Small changes (an added object, a
 * paste) are drawn at once; only a design that brings many new nodes at once (opening one) is sliced.
 */
import type { Rect } from '@xyflow/system';
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { StudioEdge, StudioNode } from './flow-adapter';
import {
  countNew,
  drawnPart,
  FIRST_SLICE,
  PROGRESSIVE_FROM,
  planReveal,
  type RevealPlan,
  sliceEnd,
} from './progressive';

/**
 * The nodes in view are drawn in at most this many slices after the first: every slice costs React Flow
 * a pass over all the nodes it holds, so more, smaller slices would cost more in all.
 */
const SLICES = 8;

interface Progress {
  plan: RevealPlan;
  /** How much of `plan.order` is drawn. */
  done: number;
  /** Nodes in view per slice. */
  slice: number;
  /** The budget of the next slice when it differs from `slice` (the first one). */
  next?: number;
}

interface State {
  nodes: StudioNode[];
  /** Ids drawn or waiting to be drawn. */
  known: Set<string>;
  /** Ids drawn, while slices remain; undefined once everything is drawn. */
  shown?: Set<string>;
  progress?: Progress;
}

function start(
  nodes: StudioNode[],
  view: Rect | undefined,
  shown: ReadonlySet<string>,
  firstBudget?: number,
): State {
  const plan = planReveal(nodes, view, shown);
  const slice = Math.max(FIRST_SLICE, Math.ceil(plan.inView / SLICES));
  return {
    nodes,
    known: new Set(nodes.map((n) => n.id)),
    shown: new Set(shown),
    progress: { plan, done: 0, slice, ...(firstBudget !== undefined ? { next: firstBudget } : {}) },
  };
}

/**
 * A large design's first slice waits for the next task: the studio's first render (header, panels, an
 * empty canvas) is then a task of its own rather than one long task with the first nodes.
 */
function initial(nodes: StudioNode[], view: Rect | undefined): State {
  if (nodes.length > PROGRESSIVE_FROM) return start(nodes, view, new Set(), FIRST_SLICE);
  return { nodes, known: new Set(nodes.map((n) => n.id)) };
}

function advance(s: State, offscreenCost: number): State {
  if (!s.progress || !s.shown) return s;
  const { plan, done, slice, next } = s.progress;
  const end = sliceEnd(plan, done, next ?? slice, offscreenCost);
  if (end >= plan.order.length) return { nodes: s.nodes, known: s.known };
  const shown = new Set(s.shown);
  for (let i = done; i < end; i++) shown.add(plan.order[i] as string);
  return { ...s, shown, progress: { plan, done: end, slice } };
}

export interface ProgressiveNodes {
  nodes: StudioNode[];
  edges: StudioEdge[];
  /** Nodes drawn so far and in all, while slices remain. */
  drawing?: { drawn: number; total: number };
}

/**
 * The part of `nodes` and `edges` to draw now. `view` gives the part of the flow the canvas will show
 * (drawn first); `cullOffscreen` says React Flow draws only what is in view, so nodes out of view cost
 * little and go in larger slices.
 */
export function useProgressiveNodes(
  nodes: StudioNode[],
  edges: StudioEdge[],
  view: () => Rect | undefined,
  cullOffscreen: boolean,
): ProgressiveNodes {
  const [state, setState] = useState<State>(() => initial(nodes, view()));
  let current = state;
  if (state.nodes !== nodes) {
    // Adjust state to the new nodes during render (React's "adjust state on prop change").
    const fresh = countNew(nodes, state.known, PROGRESSIVE_FROM);
    if (fresh > PROGRESSIVE_FROM) {
      current = start(nodes, view(), state.shown ?? state.known);
    } else if (fresh > 0) {
      const known = new Set(state.known);
      const shown = state.shown ? new Set(state.shown) : undefined;
      for (const n of nodes)
        if (!known.has(n.id)) {
          known.add(n.id);
          shown?.add(n.id);
        }
      current = { ...state, nodes, known, shown };
    } else current = { ...state, nodes };
    setState(current);
  }

  const offscreenCost = cullOffscreen ? 0.05 : 1;
  const { progress } = current;
  useEffect(() => {
    if (!progress) return;
    // One slice per task, after the previous one has been drawn; a transition, so React renders it in
    // small steps and input goes first.
    const timer = setTimeout(() => startTransition(() => setState((s) => advance(s, offscreenCost))), 0);
    return () => clearTimeout(timer);
  }, [progress, offscreenCost]);

  const { shown } = current;
  const part = useMemo(() => drawnPart(nodes, edges, shown), [nodes, edges, shown]);
  return {
    ...part,
    drawing: progress && shown ? { drawn: shown.size, total: nodes.length } : undefined,
  };
}
