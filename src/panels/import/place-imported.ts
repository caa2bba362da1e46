/**
 * Where an import lands on the canvas: the added part laid out as the canvas lays out a design of its own,
 * then moved to the right of everything already there (never on top of it). Objects that had no stored
 * position keep the one they are shown at, so adding objects with positions moves nothing already drawn.
 */
import { buildNodes } from '../../canvas/flow-adapter';
import { type Design, entityCollections } from '../../domain/model/schema';

/** Space between what was there and the imported part. */
export const IMPORT_GAP = 160;

export function placeImported(before: Design, merged: Design, added: readonly string[]): Design {
  const addedSet = new Set(added);
  const layout: Design['layout'] = { ...merged.layout };
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  for (const n of buildNodes(before, new Set())) {
    if (n.parentId) continue;
    right = Math.max(right, n.position.x + (n.width ?? 0));
    top = Math.min(top, n.position.y);
    layout[n.id] ??= { x: n.position.x, y: n.position.y };
  }
  // The added part on its own; subnets added to a VNet that was already there stay with it.
  const part = { ...merged, layout: {} } as Design;
  for (const key of entityCollections)
    (part[key] as Array<{ id: string }>) = (merged[key] as Array<{ id: string }>).filter((e) =>
      addedSet.has(e.id),
    );
  const nodes = buildNodes(part, new Set());
  const topLevel = nodes.filter((n) => !n.parentId);
  if (topLevel.length === 0) return { ...merged, layout };
  const minX = Math.min(...topLevel.map((n) => n.position.x));
  const minY = Math.min(...topLevel.map((n) => n.position.y));
  const dx = right === Number.NEGATIVE_INFINITY ? 0 : Math.ceil((right + IMPORT_GAP - minX) / 10) * 10;
  const dy = top === Number.POSITIVE_INFINITY ? 0 : top - minY;
  for (const n of nodes) {
    if (n.parentId) layout[n.id] = { x: n.position.x, y: n.position.y };
    else layout[n.id] = { x: n.position.x + dx, y: n.position.y + dy };
  }
  return { ...merged, layout };
}
