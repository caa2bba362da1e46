import { collectionInfo, type EntityCollection, entityCollections } from '../../domain/model/kinds';

/** What one object of each collection is called in the UI (from the registry of kinds). */
export const kindLabels = Object.fromEntries(
  entityCollections.map((c) => [c, collectionInfo(c).label]),
) as Record<EntityCollection, { one: string; many: string }>;
