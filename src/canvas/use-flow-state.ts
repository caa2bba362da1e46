/**
 * The nodes and edges React Flow holds: derived from the store's design and selection, plus the local
 * in-between states React Flow needs (a node mid-drag, measured sizes, edge selection).
 */
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { setPositions } from '../domain/model/operations';
import type { Design, Position } from '../domain/model/schema';
import { prefersReducedMotion } from '../platform/motion';
import { selectDesign, selectSelection } from '../store/selectors';
import { useStudio, useStudioStore } from '../store/use-studio';
import { sameCanvas } from './canvas-changes';
import { buildEdges, buildNodes, type StudioEdge, type StudioNode } from './flow-adapter';
import { startTween, TWEEN_MS, type Tween, tweenFrame } from './node-tween';

interface FlowState {
  design: Design;
  selection: readonly string[];
  nodes: StudioNode[];
  edges: StudioEdge[];
  /** Objects gliding to the place an edit gave them (the nodes above show them part of the way). */
  tween?: Tween;
}

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) =>
  a.size === b.length && b.every((x) => a.has(x));

/**
 * `next`, or `previous` when it holds the very same items: a new array makes React Flow re-adopt every
 * node or edge and re-run every node's and edge's store selector, which an edit that changes nothing
 * on the canvas (a subnet prefix, a rule) must not pay for.
 */
function keepIfSame<T>(next: T[], previous: T[]): T[] {
  if (next.length !== previous.length) return next;
  for (let i = 0; i < next.length; i++) if (next[i] !== previous[i]) return next;
  return previous;
}

export function useFlowState() {
  const store = useStudioStore();
  const design = useStudio(selectDesign);
  const selection = useStudio(selectSelection);
  const [state, setState] = useState<FlowState>(() => {
    const sel = new Set(selection);
    return { design, selection, nodes: buildNodes(design, sel), edges: buildEdges(design, new Set(), sel) };
  });

  const drag = useRef({ active: false, seq: 0 });
  // Rebuild during render when the design or selection changed (React's "adjust state on prop change").
  let current = state;
  if (state.selection === selection && state.design !== design && sameCanvas(state.design, design)) {
    // An edit the canvas does not draw (a prefix, a rule): node bodies read their objects themselves.
    current = { ...state, design };
    setState(current);
  } else if (state.design !== design || state.selection !== selection) {
    const sel = new Set(selection);
    const selectedEdges = new Set(
      state.edges.filter((e) => e.selected && !e.data?.connection.id).map((e) => e.id),
    );
    const nodes = keepIfSame(buildNodes(design, sel, state.nodes), state.nodes);
    // Objects moved by the edit rather than by the pointer (which already holds them there) glide.
    const tween =
      state.design !== design && !drag.current.active && !prefersReducedMotion()
        ? startTween(state.nodes, nodes)
        : undefined;
    current = {
      design,
      selection,
      nodes: tween ? tweenFrame(nodes, tween, 0) : nodes,
      edges: keepIfSame(buildEdges(design, selectedEdges, sel, state.edges), state.edges),
      tween,
    };
    setState(current);
  }
  const latest = useRef(current);
  latest.current = current;

  const tween = current.tween;
  useEffect(() => {
    if (!tween) return;
    let frame = 0;
    const started = performance.now();
    const step = (now: number) => {
      const progress = (now - started) / TWEEN_MS;
      setState((s) =>
        s.tween !== tween
          ? s
          : { ...s, nodes: tweenFrame(s.nodes, tween, progress), tween: progress < 1 ? tween : undefined },
      );
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [tween]);

  const onNodeDragStart = useCallback(() => {
    drag.current = { active: true, seq: drag.current.seq + 1 };
    // A drag starts from where things are going, not from part of the way.
    setState((s) => (s.tween ? { ...s, nodes: tweenFrame(s.nodes, s.tween, 1), tween: undefined } : s));
  }, []);
  const onNodeDragStop = useCallback(() => {
    drag.current = { ...drag.current, active: false };
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<StudioNode>[]) => {
      const moved: Record<string, Partial<Position>> = {};
      let selectionChanged = false;
      const sel = new Set(store.getState().selection);
      // A VNet resized from its left or top edge keeps its subnets in place relative to itself: React
      // Flow would hold them still on the page instead, so their position changes are left out.
      const resizing = new Set<string>();
      for (const c of changes) if (c.type === 'dimensions' && c.resizing !== undefined) resizing.add(c.id);
      if (resizing.size > 0) {
        const parentOf = new Map(latest.current.nodes.map((n) => [n.id, n.parentId]));
        changes = changes.filter(
          (c) => c.type !== 'position' || !resizing.has(parentOf.get(c.id) ?? '\u0000'),
        );
      }
      for (const c of changes) {
        if (c.type === 'position' && c.position && c.dragging === false) {
          moved[c.id] = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
        } else if (c.type === 'select') {
          selectionChanged = true;
          if (c.selected) sel.add(c.id);
          else sel.delete(c.id);
        }
      }
      setState((s) => ({ ...s, nodes: applyNodeChanges(changes, s.nodes) }));
      const ids = Object.keys(moved);
      if (ids.length > 0) {
        // One undo step per drag; consecutive arrow-key moves of the same objects also make one step.
        const key = `move:${ids.sort().join(',')}${drag.current.active ? `#${drag.current.seq}` : ''}`;
        store.getState().apply((d) => setPositions(d, moved), { coalesce: key });
      }
      if (selectionChanged && !sameSet(sel, store.getState().selection)) store.getState().select([...sel]);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<StudioEdge>[]) => {
      // A selected peering edge selects the peering object, so panels can show it.
      const sel = new Set(store.getState().selection);
      let touched = false;
      for (const c of changes) {
        if (c.type !== 'select') continue;
        const peeringId = latest.current.edges.find((e) => e.id === c.id)?.data?.connection.id;
        if (!peeringId) continue;
        touched = true;
        if (c.selected) sel.add(peeringId);
        else sel.delete(peeringId);
      }
      setState((s) => ({ ...s, edges: applyEdgeChanges(changes, s.edges) }));
      if (touched && !sameSet(sel, store.getState().selection)) store.getState().select([...sel]);
    },
    [store],
  );

  return {
    nodes: current.nodes,
    edges: current.edges,
    onNodesChange,
    onEdgesChange,
    onNodeDragStart,
    onNodeDragStop,
  };
}
