/**
 * Where an import lands on the canvas: the added part laid out as the canvas lays out a design of its own,
 * then moved as a whole to the right of everything already there (never on top of it), by the canvas's one
 * helper for placing groups of new objects (`placeGroup`, which pastes use too). Objects that had no stored
 * position keep the one they are shown at, so adding objects with positions moves nothing already drawn.
 */
import { buildNodes } from '../../canvas/flow-adapter';
import { placeGroup } from '../../canvas/place-group';
import { type Design, entityCollections } from '../../domain/model/schema';

/** Space between what was there and the imported part. */
export const IMPORT_GAP = 160;

export function placeImported(before: Design, merged: Design, added: readonly string[]): Design {
  const addedSet = new Set(added);
  const layout: Design['layout'] = { ...merged.layout };
  for (const n of buildNodes(before, new Set()))
    if (!n.parentId) layout[n.id] ??= { x: n.position.x, y: n.position.y };
  // The added part on its own; subnets added to a VNet that was already there stay with it.
  const part = { ...merged, layout: {} } as Design;
  for (const key of entityCollections)
    (part[key] as Array<{ id: string }>) = (merged[key] as Array<{ id: string }>).filter((e) =>
      addedSet.has(e.id),
    );
  for (const n of buildNodes(part, new Set())) layout[n.id] = { x: n.position.x, y: n.position.y };
  return placeGroup({ ...merged, layout }, added, { how: 'beside', gap: IMPORT_GAP });
}
