/**
 * Design operations: pure functions Design → Design. The studio's every edit goes through them, so the
 * canvas never holds network logic and undo/redo is a stack of designs.
 */

import { allReferences, type KindReference, kindList, kinds, mapReferences, referencedIds } from '../kinds';
import type { Design, EntityCollection, EntityOf, Position } from '../schema';
import { entityCollections } from '../schema';

/** Which collection an id belongs to. */
export function collectionOf(design: Design, id: string): EntityCollection | undefined {
  for (const key of entityCollections) if (design[key].some((e) => e.id === id)) return key;
  return undefined;
}

/** Finds an entity by id in any collection. */
export function findEntity(
  design: Design,
  id: string,
): { collection: EntityCollection; entity: EntityOf<EntityCollection> } | undefined {
  for (const key of entityCollections) {
    const entity = (design[key] as ReadonlyArray<EntityOf<EntityCollection>>).find((e) => e.id === id);
    if (entity) return { collection: key, entity };
  }
  return undefined;
}

/** Adds an entity (and optionally its position). */
export function addEntity<C extends EntityCollection>(
  design: Design,
  collection: C,
  entity: EntityOf<C>,
  position?: Position,
): Design {
  return {
    ...design,
    [collection]: [...design[collection], entity],
    layout: position ? { ...design.layout, [entity.id]: position } : design.layout,
  };
}

/** Replaces fields of one entity; unknown ids leave the design unchanged (same object). */
export function updateEntity<C extends EntityCollection>(
  design: Design,
  collection: C,
  id: string,
  patch: Partial<EntityOf<C>> | ((entity: EntityOf<C>) => EntityOf<C>),
): Design {
  const list = design[collection] as ReadonlyArray<EntityOf<C>>;
  const i = list.findIndex((e) => e.id === id);
  if (i === -1) return design;
  const current = list[i] as EntityOf<C>;
  const next = typeof patch === 'function' ? patch(current) : ({ ...current, ...patch, id } as EntityOf<C>);
  const copy = [...list];
  copy[i] = next;
  return { ...design, [collection]: copy };
}

/** Renames the design. */
export function renameDesign(design: Design, name: string): Design {
  return { ...design, name };
}

/** Sets canvas positions (merged with existing width/height). */
export function setPositions(design: Design, positions: Readonly<Record<string, Partial<Position>>>): Design {
  const layout = { ...design.layout };
  for (const [id, p] of Object.entries(positions)) {
    const prev = layout[id];
    layout[id] = { ...(prev ?? { x: 0, y: 0 }), ...p } as Position;
  }
  return { ...design, layout };
}

/**
 * The ids that removing `ids` removes: the objects themselves and, transitively, every object holding a
 * `cascade` reference to a removed one (a VNet's subnets and peerings, the resources placed in a removed
 * subnet or behind a removed gateway VNet), as the registry of kinds says.
 */
export function removalSet(design: Design, ids: Iterable<string>): Set<string> {
  const gone = new Set(ids);
  const cascading = allReferences.filter((r) => r.onDelete === 'cascade');
  for (let grew = true; grew; ) {
    grew = false;
    for (const ref of cascading) {
      for (const entity of design[kinds[ref.holder].collection] as ReadonlyArray<{ id: string }>) {
        if (gone.has(entity.id)) continue;
        if (referencedIds(entity, ref).some((id) => gone.has(id))) {
          gone.add(entity.id);
          grew = true;
        }
      }
    }
  }
  return gone;
}

/**
 * The objects that keep `ids` from being removed: holders of a `refuse` reference to a removed object
 * that are not removed themselves. Empty when the removal may go ahead.
 */
export function removalBlockers(
  design: Design,
  ids: Iterable<string>,
): Array<{ holder: string; target: string }> {
  const gone = removalSet(design, ids);
  const out: Array<{ holder: string; target: string }> = [];
  for (const ref of allReferences) {
    if (ref.onDelete !== 'refuse') continue;
    for (const entity of design[kinds[ref.holder].collection] as ReadonlyArray<{ id: string }>) {
      if (gone.has(entity.id)) continue;
      for (const target of referencedIds(entity, ref))
        if (gone.has(target)) out.push({ holder: entity.id, target });
    }
  }
  return out;
}

/**
 * Removes objects and everything that cannot exist without them (the `cascade` references of the
 * registry); `detach` references to removed objects are dropped everywhere. A removal that a `refuse`
 * reference blocks (see `removalBlockers`) leaves the design unchanged.
 */
export function removeEntities(design: Design, ids: Iterable<string>): Design {
  const gone = removalSet(design, ids);
  if (gone.size === 0 || removalBlockers(design, gone).length > 0) return design;
  const layout: Design['layout'] = {};
  for (const [id, p] of Object.entries(design.layout)) if (!gone.has(id)) layout[id] = p;
  const next: Design = { ...design, layout };
  for (const kind of kindList) {
    const { collection, references } = kinds[kind];
    const detach = (references as readonly KindReference[]).filter((r) => r.onDelete === 'detach');
    const kept = (design[collection] as ReadonlyArray<{ id: string }>).filter((e) => !gone.has(e.id));
    (next[collection] as unknown) = kept.map((entity) => {
      let out = entity;
      for (const ref of detach) {
        if (!referencedIds(out, ref).some((id) => gone.has(id))) continue;
        out = mapReferences(out, ref, (id) => (gone.has(id) ? undefined : id));
      }
      return out;
    });
  }
  return next;
}
