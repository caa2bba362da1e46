/**
 * Copy and paste of objects: a fragment of a design, pasted with fresh ids. References between pasted
 * objects follow the new ids; references to objects outside the fragment are kept when they still exist.
 */

import { createDesign } from '../factories';
import { collectIds, nextId } from '../ids';
import {
  allReferences,
  type Kind,
  type KindReference,
  kindOfCollection,
  kinds,
  mapReferences,
  referencedIds,
} from '../kinds';
import { type Design, entityCollections } from '../schema';

export type DesignFragment = Pick<Design, (typeof entityCollections)[number] | 'layout'>;

/**
 * The selected objects, plus the objects contained in them (the registry's `contained` references: a
 * VNet is copied with its subnets).
 */
export function copyEntities(design: Design, ids: Iterable<string>): DesignFragment {
  const chosen = new Set(ids);
  const containment = allReferences.filter((r) => r.contained);
  for (let grew = true; grew; ) {
    grew = false;
    for (const ref of containment)
      for (const e of design[kinds[ref.holder].collection] as ReadonlyArray<{ id: string }>)
        if (!chosen.has(e.id) && referencedIds(e, ref).some((id) => chosen.has(id))) {
          chosen.add(e.id);
          grew = true;
        }
  }
  const fragment = createDesign();
  for (const key of entityCollections) {
    (fragment[key] as Array<{ id: string }>) = (design[key] as ReadonlyArray<{ id: string }>).filter((e) =>
      chosen.has(e.id),
    );
  }
  const layout: Design['layout'] = {};
  for (const id of chosen) {
    const p = design.layout[id];
    if (p) layout[id] = p;
  }
  const { format: _f, version: _v, id: _i, name: _n, ...rest } = { ...fragment, layout };
  return rest;
}

/**
 * The entity with its id and every reference the registry lists for its kind rewritten through `map`;
 * references to ids outside the map are kept when `keep` says so. Undefined when a required reference
 * resolves nowhere (the object cannot be pasted).
 */
export function remapEntity<T extends { id: string }>(
  entity: T,
  kind: Kind,
  map: ReadonlyMap<string, string>,
  keep: (id: string) => boolean,
): T | undefined {
  const resolve = (id: string) => map.get(id) ?? (keep(id) ? id : undefined);
  let out = { ...entity, id: map.get(entity.id) as string };
  for (const ref of kinds[kind].references as readonly KindReference[]) {
    const held = referencedIds(out, ref);
    if (held.length === 0) continue;
    if (ref.required && held.some((id) => resolve(id) === undefined)) return undefined;
    // Each held id follows the map (a list loses what resolves nowhere; a single reference is dropped).
    out = mapReferences(out, ref, resolve);
  }
  return out;
}

/** Pastes a fragment into the design with new ids, offset on the canvas. Returns the new ids. */
export function pasteEntities(
  design: Design,
  fragment: DesignFragment,
  offset = { x: 40, y: 40 },
): { design: Design; ids: string[] } {
  const taken = collectIds(design);
  const map = new Map<string, string>();
  for (const key of entityCollections) {
    for (const e of fragment[key]) {
      const base = e.id.replace(/-\d+$/, '');
      const id = nextId(design, base, taken);
      taken.add(id);
      map.set(e.id, id);
    }
  }
  const existing = collectIds(design);
  const keep = (id: string) => existing.has(id);
  const next: Design = { ...design, layout: { ...design.layout } };
  const ids: string[] = [];
  for (const key of entityCollections) {
    const pasted = (fragment[key] as ReadonlyArray<{ id: string }>)
      .map((e) => remapEntity(e, kindOfCollection(key), map, keep))
      .filter((e): e is { id: string } => e !== undefined);
    (next[key] as Array<{ id: string }>) = [...(design[key] as ReadonlyArray<{ id: string }>), ...pasted];
    ids.push(...pasted.map((e) => e.id));
  }
  const pastedSubnetParents = new Map(fragment.subnets.map((s) => [s.id, s.vnetId]));
  for (const [oldId, p] of Object.entries(fragment.layout)) {
    const id = map.get(oldId);
    if (!id || !ids.includes(id)) continue;
    // Subnet positions are relative to their VNet: only top-level objects move by the offset.
    const nested = pastedSubnetParents.has(oldId);
    next.layout[id] = nested ? p : { ...p, x: p.x + offset.x, y: p.y + offset.y };
  }
  return { design: next, ids };
}
