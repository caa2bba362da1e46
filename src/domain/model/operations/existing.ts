import { type Design, type EntityCollection, entityCollections } from '../schema';
import { collectionOf } from './entities';

/** A collection whose objects carry the `existing` flag: every one but environments. */
export type ExistingCollection = Exclude<EntityCollection, 'environments'>;

/**
 * Collections whose objects can already exist in Azure (the `existing` flag), from the registry: every
 * kind but environments, which are not Azure resources (exports never create them).
 */
export const existingCollections: readonly ExistingCollection[] = entityCollections.filter(
  (c): c is ExistingCollection => c !== 'environments',
);

/** Whether an object of this collection can be marked as existing in Azure. */
export function canBeExisting(collection: EntityCollection): collection is ExistingCollection {
  return (existingCollections as readonly string[]).includes(collection);
}

/** Whether the object is marked as already existing in Azure. */
export function isExisting(design: Design, id: string): boolean {
  const collection = collectionOf(design, id);
  if (!collection || !canBeExisting(collection)) return false;
  return design[collection].some((e) => e.id === id && e.existing === true);
}

/**
 * Marks an object as existing in Azure (exports refer to it) or new (exports deploy it). A new object
 * carries no flag at all, as files write it. Unknown ids and environments leave the design unchanged.
 */
export function setExisting(design: Design, id: string, existing: boolean): Design {
  const collection = collectionOf(design, id);
  if (!collection || !canBeExisting(collection)) return design;
  const list = design[collection] as ReadonlyArray<{ id: string; existing?: boolean }>;
  const i = list.findIndex((e) => e.id === id);
  const current = list[i];
  if (!current || (current.existing === true) === existing) return design;
  const { existing: _old, ...rest } = current;
  const copy = [...list];
  copy[i] = existing ? { ...rest, existing: true } : rest;
  return { ...design, [collection]: copy };
}
