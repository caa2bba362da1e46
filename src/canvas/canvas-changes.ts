/**
 * Whether an edit changes anything the flow adapter draws. Most edits (a prefix, a rule, a count) change
 * one object's fields that only panels and node bodies read: the adapter's nodes and edges stay the same,
 * and rebuilding them (thousands of nodes and edges on a large design) is wasted work on every keystroke.
 */
import { createDesign } from '../domain/model/factories';
import { connectionId, listConnections } from '../domain/model/operations';
import { type Design, type EntityCollection, type EntityOf, entityCollections } from '../domain/model/schema';

const EMPTY = createDesign();

/**
 * Everything `buildNodes` and `buildEdges` read from one object: its id, its name (node and edge
 * labels), its VNet (a subnet's parent), the connections it starts, and whether a peering is one-way.
 */
function canvasKey<C extends EntityCollection>(collection: C, entity: EntityOf<C>): string {
  const alone = { ...EMPTY, [collection]: [entity] } as Design;
  const connections = listConnections(alone).map(connectionId).join(' ');
  const name = 'name' in entity ? entity.name : '';
  const vnet = 'vnetId' in entity ? entity.vnetId : '';
  const oneWay = 'aToB' in entity ? `${entity.aToB === null}/${entity.bToA === null}` : '';
  return [entity.id, name, vnet, connections, oneWay].join('\u0000');
}

function sameCollection<C extends EntityCollection>(
  collection: C,
  before: ReadonlyArray<EntityOf<C>>,
  after: ReadonlyArray<EntityOf<C>>,
): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i] as EntityOf<C>;
    const b = after[i] as EntityOf<C>;
    // Operations keep unchanged objects, so only the edited ones are compared field by field.
    if (a !== b && canvasKey(collection, a) !== canvasKey(collection, b)) return false;
  }
  return true;
}

/** True when `after` draws exactly the nodes and edges of `before` (same layout, names and connections). */
export function sameCanvas(before: Design, after: Design): boolean {
  if (before === after) return true;
  if (before.layout !== after.layout) return false;
  return entityCollections.every((c) =>
    sameCollection(
      c,
      before[c] as ReadonlyArray<EntityOf<typeof c>>,
      after[c] as ReadonlyArray<EntityOf<typeof c>>,
    ),
  );
}
