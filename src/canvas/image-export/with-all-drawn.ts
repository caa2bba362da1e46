/**
 * Large designs: the canvas then renders only the objects in view (React Flow's
 * `onlyRenderVisibleElements`), and an image drawn from the page would miss the others. For the
 * capture, the view is fitted around the objects to draw so that React Flow renders them all, and
 * put back afterwards.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { StudioEdge, StudioNode } from '../flow-adapter';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function missing(root: HTMLElement, ids: readonly string[]): number {
  const drawn = new Set(
    Array.from(root.querySelectorAll('.react-flow__node'), (n) => n.getAttribute('data-id') ?? ''),
  );
  return ids.filter((id) => !drawn.has(id)).length;
}

/** Runs `capture` once every object in `ids` is in the page; refuses when some cannot be brought in. */
export async function withAllDrawn<T>(
  flow: ReactFlowInstance<StudioNode, StudioEdge>,
  root: HTMLElement,
  ids: readonly string[],
  capture: () => Promise<T>,
): Promise<T> {
  if (missing(root, ids) === 0) return capture();
  const saved = flow.getViewport();
  try {
    await flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.02, duration: 0 });
    // React Flow renders the newly visible objects over the next frames.
    for (let i = 0; i < 10 && missing(root, ids) > 0; i++) await nextFrame();
    const left = missing(root, ids);
    if (left > 0)
      throw new Error(
        `${left} object${left === 1 ? ' is' : 's are'} too far apart to draw at once; select a part of the design and export the selection.`,
      );
    return await capture();
  } finally {
    await flow.setViewport(saved, { duration: 0 });
  }
}
