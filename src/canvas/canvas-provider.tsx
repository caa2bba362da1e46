import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';

/**
 * The canvas's context for the layout around it (the palette and commands reach the canvas through it).
 * React Flow stays inside `src/canvas`: the app wraps its layout in this, never in React Flow's own
 * provider.
 */
export function CanvasProvider({ children }: { children: ReactNode }) {
  return <ReactFlowProvider>{children}</ReactFlowProvider>;
}
