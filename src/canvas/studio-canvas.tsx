/**
 * The canvas: React Flow over the design. Edits go through domain operations on the store; React Flow
 * only holds what is in flight (a drag, measured sizes).
 */
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  type OnConnect,
  type OnConnectEnd,
  Panel,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/system';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { connectSelected } from '../panels/palette/add-actions';
import type { StudioState } from '../store/studio-store';
import { useStudio, useStudioStore } from '../store/use-studio';
import { AddressLevelOfDetail } from './address-level-of-detail';
import { edgeTypes } from './edge-types';
import type { StudioEdge, StudioNode } from './flow-adapter';
import { GRID } from './geometry';
import { nodeTypes } from './node-types';
import { viewRect } from './progressive';
import { useCanvasKeyboard } from './use-canvas-keyboard';
import { useFlowState } from './use-flow-state';
import { useProgressiveNodes } from './use-progressive-nodes';

const snapGrid: [number, number] = [GRID, GRID];
const multiSelectKeys = ['Shift', 'Meta', 'Control'];
const fitViewOptions = { padding: 0.15, maxZoom: 1 };
const minimapSize = { width: 160, height: 110 };

const minimapColour: Record<string, string> = {
  environment: '#742774',
  policy: '#0078d4',
  vnet: '#7dd3fc',
  subnet: '#0ea5e9',
  natGateway: '#64748b',
  nsg: '#3f9b3f',
  routeTable: '#1d4ed8',
  resource: '#6366f1',
  dnsZone: '#0891b2',
};
const nodeColour = (n: StudioNode) => minimapColour[n.type ?? ''] ?? '#94a3b8';

/**
 * The view that fits the design, computed from the nodes' own sizes before anything is drawn (React
 * Flow's `fitView` waits until every node is measured, so a large design would first be drawn at zoom 1
 * and then again, zoomed out): the first render already shows the part in view, at its final zoom.
 */
function fittingViewport(nodes: readonly StudioNode[], width: number, height: number): Viewport {
  let bounds: Rect | undefined;
  for (const n of nodes) {
    if (n.parentId) continue;
    const x = n.position.x;
    const y = n.position.y;
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    if (!bounds) bounds = { x, y, width: w, height: h };
    else {
      const right = Math.max(bounds.x + bounds.width, x + w);
      const bottom = Math.max(bounds.y + bounds.height, y + h);
      bounds = { x: Math.min(bounds.x, x), y: Math.min(bounds.y, y), width: 0, height: 0 };
      bounds.width = right - bounds.x;
      bounds.height = bottom - bounds.y;
    }
  }
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(
    bounds,
    width,
    height,
    MIN_ZOOM,
    fitViewOptions.maxZoom,
    fitViewOptions.padding,
  );
}

const MIN_ZOOM = 0.1;

const selectFocusRequest = (s: StudioState) => s.focusRequest;

/** Centres the view on the objects of each new focus request. */
function useFocusRequests() {
  const request = useStudio(selectFocusRequest);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!request || request.ids.length === 0) return;
    void fitView({ nodes: request.ids.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1.2 });
  }, [request, fitView]);
}

/**
 * Fits the view whenever another design is opened (a template, a file, a share link), from the nodes'
 * own sizes: a large design is still being drawn in slices then, so React Flow's `fitView` would fit
 * only the part drawn so far.
 */
function useFitOnOpen(fitting: () => Viewport) {
  const store = useStudioStore();
  const { setViewport } = useReactFlow();
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        // Opening a design starts a new history; an edit or an undo never leaves both stacks empty.
        if (s.design === prev.design || s.past.length > 0 || s.future.length > 0) return;
        requestAnimationFrame(() => void setViewport(fitting()));
      }),
    [store, setViewport, fitting],
  );
}

/** Shown while a large design is drawn in slices. */
function DrawingProgress({ drawn, total }: { drawn: number; total: number }) {
  const now = Math.min(drawn, total);
  return (
    <Panel position="top-center">
      <div
        role="progressbar"
        aria-label="Drawing the design"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={now}
        className="rounded bg-white/90 px-2 py-1 text-slate-700 text-xs shadow dark:bg-slate-800/90 dark:text-slate-200"
      >
        Drawing the design: {now.toLocaleString('en')} of {total.toLocaleString('en')} objects
      </div>
    </Panel>
  );
}

/** Measures the canvas area, then draws the canvas already fitted to the design. */
export function StudioCanvas() {
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number }>();
  useLayoutEffect(() => {
    const el = frame.current;
    if (el) setSize({ width: el.clientWidth, height: el.clientHeight });
  }, []);
  return (
    <div ref={frame} className="h-full w-full">
      {size ? <FittedCanvas {...size} /> : null}
    </div>
  );
}

function FittedCanvas({ width, height }: { width: number; height: number }) {
  const store = useStudioStore();
  const { nodes, edges, onNodesChange, onEdgesChange, onNodeDragStart, onNodeDragStop } = useFlowState();
  const [defaultViewport] = useState(() => fittingViewport(nodes, width, height));
  const latest = useRef(nodes);
  latest.current = nodes;
  const fitting = useCallback(() => fittingViewport(latest.current, width, height), [width, height]);
  const view = useCallback(() => viewRect(fitting(), width, height), [fitting, width, height]);
  const cull = nodes.length > 400;
  const drawn = useProgressiveNodes(nodes, edges, view, cull);
  useFocusRequests();
  useFitOnOpen(fitting);
  const onKeyDownCapture = useCanvasKeyboard();

  const link = useCallback(
    (source: string, target: string) => {
      // The same operation and message as the keyboard's C: a drawn connection is confirmed too.
      const result = connectSelected(store.getState().design, [source, target]);
      if (!result.ok) {
        store.getState().notify(result.reason, 'error');
        return;
      }
      store.getState().apply(() => result.design);
      store.getState().notify(result.message);
    },
    [store],
  );
  const onConnect = useCallback<OnConnect>(({ source, target }) => link(source, target), [link]);
  // Dropping a connection on an object's body (not on a handle) connects to that object too.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const hit = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
      const targetId = hit?.getAttribute('data-id');
      if (targetId && targetId !== state.fromNode.id) link(state.fromNode.id, targetId);
    },
    [link],
  );

  return (
    // Capture: arrow keys move the focus before React Flow would move the selected objects.
    <div className="h-full w-full" onKeyDownCapture={onKeyDownCapture}>
      <ReactFlow<StudioNode, StudioEdge>
        nodes={drawn.nodes}
        edges={drawn.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={30}
        snapToGrid
        snapGrid={snapGrid}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiSelectKeys}
        defaultViewport={defaultViewport}
        minZoom={MIN_ZOOM}
        colorMode="system"
        onlyRenderVisibleElements={cull}
        aria-label="Design canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1} />
        <AddressLevelOfDetail />
        <MiniMap<StudioNode>
          nodeColor={nodeColour}
          pannable
          zoomable
          ariaLabel="Mini map"
          style={minimapSize}
        />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        {drawn.drawing ? <DrawingProgress {...drawn.drawing} /> : null}
      </ReactFlow>
    </div>
  );
}
