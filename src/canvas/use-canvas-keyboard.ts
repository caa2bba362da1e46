/**
 * Keyboard use of the canvas: arrow keys move the focus between objects (Shift+arrow still moves the
 * selected objects, as React Flow does), Enter selects the focused object and opens the inspector.
 */
import { useStoreApi } from '@xyflow/react';
import { type KeyboardEvent, useCallback } from 'react';
import { useStudioStore } from '../store/use-studio';
import type { StudioEdge, StudioNode } from './flow-adapter';
import { arrowDirection, type NavBox, nearestInDirection } from './keyboard-nav';

export function useCanvasKeyboard() {
  const rf = useStoreApi<StudioNode, StudioEdge>();
  const store = useStudioStore();
  return useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const target = e.target as HTMLElement;
      if (!target.classList?.contains('react-flow__node')) return;
      const id = target.getAttribute('data-id') ?? '';
      if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
        store.getState().inspect();
        return;
      }
      const direction = arrowDirection[e.key];
      if (!direction || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      const boxes: NavBox[] = [];
      for (const n of rf.getState().nodeLookup.values()) {
        const { x, y } = n.internals.positionAbsolute;
        boxes.push({
          id: n.id,
          x,
          y,
          width: n.measured.width ?? n.width ?? 0,
          height: n.measured.height ?? n.height ?? 0,
        });
      }
      const next = nearestInDirection(boxes, id, direction);
      e.preventDefault();
      e.stopPropagation();
      if (!next) return;
      const el = target.parentElement?.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${CSS.escape(next)}"]`,
      );
      // React Flow pans to a focused node that is out of view.
      el?.focus();
    },
    [rf, store],
  );
}
