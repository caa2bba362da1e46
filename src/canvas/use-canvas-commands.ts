/**
 * Canvas commands for the palette, header and keyboard shortcuts (used inside <ReactFlowProvider>).
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import { describeRemoval, disconnect, removeEntities, setPositions } from '../domain/model/operations';
import { useStudioStore } from '../store/use-studio';
import type { StudioEdge, StudioNode } from './flow-adapter';
import { TWEEN_MS } from './node-tween';

export interface CanvasCommands {
  fitView(): void;
  /** Pans (keeping the zoom) so that the objects are in view, after React Flow has placed them. */
  reveal(ids: readonly string[]): void;
  /** Lays the whole design out again as one undoable step. */
  autoLayout(): Promise<void>;
  /** Deletes the selected objects and disconnects the selected connections, as one step. */
  deleteSelection(): void;
}

export function useCanvasCommands(): CanvasCommands {
  const store = useStudioStore();
  const flow = useReactFlow<StudioNode, StudioEdge>();
  const rf = useStoreApi<StudioNode, StudioEdge>();
  return useMemo<CanvasCommands>(
    () => ({
      fitView() {
        void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 });
      },
      reveal(ids) {
        requestAnimationFrame(() => {
          const boxes = ids.map((id) => flow.getInternalNode(id)).filter((n) => n !== undefined);
          if (boxes.length === 0) return;
          const { width, height, transform } = rf.getState();
          const [tx, ty, zoom] = transform;
          let minX = Infinity;
          let minY = Infinity;
          let maxX = -Infinity;
          let maxY = -Infinity;
          for (const n of boxes) {
            const { x, y } = n.internals.positionAbsolute;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x + (n.measured.width ?? n.width ?? 0));
            maxY = Math.max(maxY, y + (n.measured.height ?? n.height ?? 0));
          }
          const visible =
            minX * zoom + tx >= 0 &&
            minY * zoom + ty >= 0 &&
            maxX * zoom + tx <= width &&
            maxY * zoom + ty <= height;
          if (!visible) void flow.setCenter((minX + maxX) / 2, (minY + maxY) / 2, { zoom, duration: 200 });
        });
      },
      async autoLayout() {
        const design = store.getState().design;
        const { computeAutoLayoutWithRoutes } = await import('./auto-layout');
        const { positions, routes } = await computeAutoLayoutWithRoutes(design);
        // Edits made while ELK ran win: lay out only if the design is still the same.
        if (store.getState().design !== design) return;
        store.getState().apply((d) => setPositions(d, positions));
        // The lines run as ELK routed them, around the objects, until something moves.
        store.setState({ routes: { layout: store.getState().design.layout, byEdge: routes } });
        store.getState().notify('Laid out the design.');
        // Fitted once the objects have glided to their new places.
        setTimeout(() => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 200 }), TWEEN_MS + 30);
      },
      deleteSelection() {
        const { selection } = store.getState();
        const connections = flow
          .getEdges()
          // Box selection also selects the edges of the boxed objects: those go with their objects.
          .filter((e) => e.selected && e.data && !e.data.connection.id)
          .filter((e) => !selection.includes(e.source) && !selection.includes(e.target))
          .map((e) => e.data?.connection)
          .filter((c) => c !== undefined);
        if (selection.length === 0 && connections.length === 0) return;
        const what = describeRemoval(store.getState().design, selection, connections.length);
        store.getState().apply(
          (d) => {
            let next = d;
            for (const c of connections) next = disconnect(next, c);
            return selection.length > 0 ? removeEntities(next, selection) : next;
          },
          { select: [] },
        );
        store.getState().notify(`Deleted ${what}.`);
      },
    }),
    [store, flow, rf],
  );
}
