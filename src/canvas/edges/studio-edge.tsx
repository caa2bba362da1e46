import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  getBezierPath,
  type InternalNode,
  Position,
  useInternalNode,
  useStore,
} from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { StudioState } from '../../store/studio-store';
import { useStudio } from '../../store/use-studio';
import type { StudioEdge } from '../flow-adapter';
import { selectFar } from '../nodes/level-of-detail';
import { edgeStyle } from './edge-style';
import { type Box, facingAnchors, type Side } from './floating-path';

const positions: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};

function box(n: InternalNode): Box {
  return {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? n.width ?? 0,
    height: n.measured.height ?? n.height ?? 0,
  };
}

/** The route auto-layout gave this edge, while the layout is still the one it was routed for. */
const routeOf = (id: string) => (s: StudioState) =>
  s.routes && s.routes.layout === s.design.layout ? s.routes.byEdge[id] : undefined;

/** A polyline through the route's points. */
function routePath(points: ReadonlyArray<{ x: number; y: number }>): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
}

/**
 * Every connection is drawn by this edge: along auto-layout's route around the objects when the layout
 * is the routed one, otherwise from the facing sides of its two objects.
 */
export const StudioEdgeView = memo(function StudioEdgeView({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
  markerStart,
}: EdgeProps<StudioEdge>) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  // Zoomed out, labels are too small to read and only cost elements: they are left out.
  const far = useStore(selectFar);
  const route = useStudio(useMemo(() => routeOf(id), [id]));
  if (!s || !t || !data) return null;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (route) {
    path = routePath(route.points);
    labelX = route.label.x;
    labelY = route.label.y;
  } else {
    const a = facingAnchors(box(s), box(t));
    [path, labelX, labelY] = getBezierPath({
      sourceX: a.sx,
      sourceY: a.sy,
      sourcePosition: positions[a.sourceSide],
      targetX: a.tx,
      targetY: a.ty,
      targetPosition: positions[a.targetSide],
    });
  }
  const style = edgeStyle(data, selected ?? false);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={markerStart}
        style={style}
        interactionWidth={16}
      />
      {data.label && !far ? (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute rounded bg-white px-1 text-[10px] font-medium text-slate-700 ring-1 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
