/**
 * Edits in words, for the studio's message line: what a deletion takes with it, and what an undo or
 * redo step changed. Pure functions of designs.
 */
import { listNames, plural } from '../../rules/shared/names';
import { allReferences, type Kind, kindList, kinds, referencedIds } from '../kinds';
import { type Design, entityCollections } from '../schema';
import { removalSet } from './entities';

type Named = { id: string; name?: string };

const nameOf = (e: Named) => (e.name?.trim() ? e.name : e.id);

function peeringName(design: Design, p: Design['peerings'][number]): string {
  const vnet = (id: string) => design.vnets.find((v) => v.id === id);
  const a = vnet(p.vnetAId);
  const b = vnet(p.vnetBId);
  return `the peering of ${a ? nameOf(a) : p.vnetAId} and ${b ? nameOf(b) : p.vnetBId}`;
}

/** For each kind, the kinds drawn inside its objects and the references that put them there (a subnet's VNet). */
const containedBy = new Map<Kind, Array<{ holder: Kind; ref: (typeof allReferences)[number] }>>();
for (const ref of allReferences)
  if (ref.contained)
    containedBy.set(ref.target, [...(containedBy.get(ref.target) ?? []), { holder: ref.holder, ref }]);

/**
 * What removing `ids` (and `connections` more connections) removes, in words: "vnet-hub, its 3 subnets,
 * its peering and sql-orders". Objects contained in a removed object (by the registry's `contained`
 * references: a VNet's subnets) and a removed VNet's peerings are counted under it; other objects taken
 * along (resources in a removed subnet) are named.
 */
export function describeRemoval(design: Design, ids: readonly string[], connections = 0): string {
  const gone = removalSet(design, ids);
  const chosen = new Set(ids);
  const parts: string[] = [];
  const named = new Set<string>();
  for (const kind of kindList)
    for (const e of design[kinds[kind].collection] as ReadonlyArray<Named>) {
      if (!chosen.has(e.id)) continue;
      named.add(e.id);
      if (kind === 'peering') {
        const p = design.peerings.find((x) => x.id === e.id);
        parts.push(p ? peeringName(design, p) : e.id);
        continue;
      }
      parts.push(nameOf(e));
      for (const { holder, ref } of containedBy.get(kind) ?? []) {
        const inside = (design[kinds[holder].collection] as ReadonlyArray<Named>).filter(
          (x) => !chosen.has(x.id) && !named.has(x.id) && referencedIds(x, ref).includes(e.id),
        );
        for (const x of inside) named.add(x.id);
        const { noun } = kinds[holder];
        if (inside.length === 1) parts.push(`its ${noun.one} ${nameOf(inside[0] as Named)}`);
        else if (inside.length > 1) parts.push(`its ${inside.length} ${noun.many}`);
      }
      if (kind !== 'vnet') continue;
      const peerings = design.peerings.filter(
        (p) => (p.vnetAId === e.id || p.vnetBId === e.id) && !chosen.has(p.id) && !named.has(p.id),
      );
      for (const x of peerings) named.add(x.id);
      if (peerings.length > 0)
        parts.push(`its ${peerings.length === 1 ? 'peering' : plural(peerings.length, 'peering')}`);
    }
  // What went along that no chosen object accounts for: resources in removed subnets, and the rest.
  for (const key of entityCollections)
    for (const e of design[key] as ReadonlyArray<Named>)
      if (gone.has(e.id) && !named.has(e.id))
        parts.push(key === 'peerings' ? peeringName(design, e as Design['peerings'][number]) : nameOf(e));
  if (connections > 0) parts.push(plural(connections, 'connection'));
  return listNames(parts);
}

type Change = { added: Named[]; removed: Named[]; changed: Named[]; moved: Named[] };

function diff(before: Design, after: Design): Change & { renamed: boolean } {
  const out: Change = { added: [], removed: [], changed: [], moved: [] };
  for (const key of entityCollections) {
    if (before[key] === after[key]) continue;
    const old = new Map((before[key] as ReadonlyArray<Named>).map((e) => [e.id, e]));
    const now = new Map((after[key] as ReadonlyArray<Named>).map((e) => [e.id, e]));
    for (const [id, e] of now) {
      const was = old.get(id);
      if (!was) out.added.push(e);
      else if (was !== e) out.changed.push(e);
    }
    for (const [id, e] of old) if (!now.has(id)) out.removed.push(e);
  }
  const touched = new Set([...out.added, ...out.removed, ...out.changed].map((e) => e.id));
  if (before.layout !== after.layout) {
    const all = new Map<string, Named>();
    for (const key of entityCollections) for (const e of after[key] as ReadonlyArray<Named>) all.set(e.id, e);
    for (const [id, p] of Object.entries(after.layout)) {
      const q = before.layout[id];
      const e = all.get(id);
      if (!e || touched.has(id) || !q) continue;
      if (q.x !== p.x || q.y !== p.y || q.width !== p.width || q.height !== p.height) out.moved.push(e);
    }
  }
  return { ...out, renamed: before.name !== after.name || before.description !== after.description };
}

/** Up to three names, then "and N more". */
function some(list: readonly Named[]): string {
  const names = list.map(nameOf);
  if (names.length <= 3) return listNames(names);
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/**
 * What one step from `before` to `after` did, as a phrase for "Undid …" / "Redid …": "adding snet-2",
 * "deleting vnet-hub, snet-1 and snet-2", "editing vnet-hub", "moving 4 objects".
 */
export function describeStep(before: Design, after: Design): string {
  const d = diff(before, after);
  const phrases: string[] = [];
  if (d.added.length > 0) phrases.push(`adding ${some(d.added)}`);
  if (d.removed.length > 0) phrases.push(`deleting ${some(d.removed)}`);
  if (d.changed.length > 0 && d.added.length === 0 && d.removed.length === 0)
    phrases.push(`editing ${some(d.changed)}`);
  if (phrases.length === 0 && d.moved.length > 0)
    phrases.push(
      d.moved.length > 3 ? `moving ${plural(d.moved.length, 'object')}` : `moving ${some(d.moved)}`,
    );
  if (d.renamed && phrases.length === 0) phrases.push('editing the design’s name or description');
  return phrases.length > 0 ? listNames(phrases) : 'a change';
}
