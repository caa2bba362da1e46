/**
 * What differs between two versions of one design (this tab's edits and another tab's save), object by
 * object, so that people can choose which to keep knowing what the other one would lose.
 */
import { collectionInfo } from './kinds';
import { type Design, type EntityCollection, entityCollections } from './schema';

export type DifferenceKind = 'only-first' | 'only-second' | 'changed';

export interface DesignDifference {
  /** The collection, or `design` for the design's own name and description. */
  collection: EntityCollection | 'design';
  id: string;
  /** The object's name (as in the second version when it has one). */
  name: string;
  kind: DifferenceKind;
}

/** Singular labels of each collection, for people. */
export const collectionLabels: Record<EntityCollection | 'design', string> = {
  design: 'Design',
  ...(Object.fromEntries(entityCollections.map((c) => [c, collectionInfo(c).label.one])) as Record<
    EntityCollection,
    string
  >),
};

const nameOf = (entity: { id: string; name?: string }) => entity.name ?? entity.id;

/**
 * Every object present in only one version or different between them (positions on the canvas
 * included), in collection order. Objects are matched by id.
 *
 * @example
 * compareDesigns(a, { ...a, name: 'Renamed' }) // [{ collection: 'design', kind: 'changed', … }]
 */
export function compareDesigns(first: Design, second: Design): DesignDifference[] {
  const out: DesignDifference[] = [];
  if (first.name !== second.name || first.description !== second.description) {
    out.push({ collection: 'design', id: second.id, name: second.name, kind: 'changed' });
  }
  for (const collection of entityCollections) {
    const before = new Map<string, { id: string; name?: string }>(
      (first[collection] as { id: string; name?: string }[]).map((e) => [e.id, e]),
    );
    const seen = new Set<string>();
    for (const entity of second[collection] as { id: string; name?: string }[]) {
      seen.add(entity.id);
      const old = before.get(entity.id);
      if (!old) out.push({ collection, id: entity.id, name: nameOf(entity), kind: 'only-second' });
      else if (
        JSON.stringify(old) !== JSON.stringify(entity) ||
        JSON.stringify(first.layout[entity.id]) !== JSON.stringify(second.layout[entity.id])
      ) {
        out.push({ collection, id: entity.id, name: nameOf(entity), kind: 'changed' });
      }
    }
    for (const entity of before.values()) {
      if (!seen.has(entity.id))
        out.push({ collection, id: entity.id, name: nameOf(entity), kind: 'only-first' });
    }
  }
  return out;
}
