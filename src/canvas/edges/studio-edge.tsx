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
import { memo } from 'react';
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

/** Every connection is drawn by this edge: from the facing sides of its two objects. */
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
  if (!s || !t || !data) return null;
  const a = facingAnchors(box(s), box(t));
  const [path, labelX, labelY] = getBezierPath({
    sourceX: a.sx,
    sourceY: a.sy,
    sourcePosition: positions[a.sourceSide],
    targetX: a.tx,
    targetY: a.ty,
    targetPosition: positions[a.targetSide],
  });
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
