/**
 * Level of detail: zoomed out below `FAR_ZOOM`, where a card's text is too small to read, every node
 * draws a simplified body instead (its outline, accent and name in large type, and a badge colour for
 * findings): far fewer elements and no per-node icons, usage bars or chips to render, which is what
 * keeps opening and panning a design of thousands of objects smooth. Each node subscribes to one
 * boolean of React Flow's store, so only crossing the threshold re-renders nodes.
 */
import { type NodeProps, type ReactFlowState, useStore } from '@xyflow/react';
import { type ComponentType, memo } from 'react';
import { indexDesign } from '../../domain/model/design-index';
import type { StudioState } from '../../store/studio-store';
import { useStudio, useStudioShallow } from '../../store/use-studio';
import { canvasKinds, collectionOfKind, type NodeKind, nodeKinds } from '../canvas-kinds';
import { selectBadge } from '../entity-selectors';
import type { StudioNode } from '../flow-adapter';
import { NodeHandles } from './node-frame';
import { probeRender } from './render-probe';
import { useSelector } from './use-selector';

/** Below this zoom nodes are drawn simplified (13 px text would be under 6 px on screen). */
export const FAR_ZOOM = 0.45;

export const selectFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

const accent = (kind: NodeKind): string => canvasKinds[kind].accent;

const nameOf = (kind: NodeKind) => (id: string) => (s: StudioState) =>
  indexDesign(s.design)[collectionOfKind[kind]].get(id)?.name;
const nameSelectors = Object.fromEntries(nodeKinds.map((k) => [k, nameOf(k)])) as Record<
  NodeKind,
  (id: string) => (s: StudioState) => string | undefined
>;

const FarNode = memo(function FarNode({
  id,
  kind,
  selected,
}: {
  id: string;
  kind: NodeKind;
  selected: boolean;
}) {
  probeRender(id);
  const name = useStudio(useSelector(nameSelectors[kind], id));
  const badge = useStudioShallow(useSelector(selectBadge, id));
  const container = kind === 'vnet';
  const ring = selected ? 'ring-4 ring-sky-500' : '';
  const tone = badge?.severity === 'error' ? 'bg-red-600' : badge ? 'bg-amber-400' : '';
  return (
    <div
      className={`relative h-full w-full overflow-hidden rounded-md ${ring} ${
        container
          ? 'border-4 border-sky-700/60 bg-sky-50/70 dark:border-sky-600/70 dark:bg-slate-900/80'
          : 'border-l-[12px] bg-white dark:bg-slate-800'
      }`}
      style={container ? undefined : { borderLeftColor: accent(kind) }}
    >
      <div
        className={`truncate px-3 font-semibold text-slate-900 dark:text-slate-50 ${container ? 'pt-2 text-[36px]' : 'text-[26px] leading-[1.6]'}`}
      >
        {name}
      </div>
      {tone ? (
        <span aria-hidden="true" className={`absolute top-0 right-0 h-7 w-7 rounded-bl-md ${tone}`} />
      ) : null}
      <NodeHandles top={container ? 28 : undefined} />
    </div>
  );
});

/** The node component of `kind`, drawn simplified when the view is zoomed out. */
export function withLevelOfDetail(kind: NodeKind, Detailed: ComponentType<NodeProps<StudioNode>>) {
  const LevelOfDetail = memo(function LevelOfDetail(props: NodeProps<StudioNode>) {
    const far = useStore(selectFar);
    return far ? <FarNode id={props.id} kind={kind} selected={props.selected} /> : <Detailed {...props} />;
  });
  LevelOfDetail.displayName = `LevelOfDetail(${kind})`;
  return LevelOfDetail;
}
