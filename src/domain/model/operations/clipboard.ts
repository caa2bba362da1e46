/**
 * Copy and paste of objects: a fragment of a design, pasted with fresh ids. References between pasted
 * objects follow the new ids; references to objects outside the fragment are kept when they still exist.
 */

import { createDesign } from '../factories';
import { collectIds, nextId } from '../ids';
import { type Design, entityCollections } from '../schema';

export type DesignFragment = Pick<Design, (typeof entityCollections)[number] | 'layout'>;

/** The selected objects, plus the subnets of selected VNets (a VNet is copied whole). */
export function copyEntities(design: Design, ids: Iterable<string>): DesignFragment {
  const chosen = new Set(ids);
  for (const s of design.subnets) if (chosen.has(s.vnetId)) chosen.add(s.id);
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

/** Rewrites every id-valued field through `map` (ids not in the map are kept when `keep` says so). */
function remap(value: unknown, map: ReadonlyMap<string, string>, keep: (id: string) => boolean): unknown {
  if (typeof value === 'string') return map.get(value) ?? (keep(value) ? value : undefined);
  if (Array.isArray(value)) return value.map((v) => remap(v, map, keep)).filter((v) => v !== undefined);
  return value;
}

const REF_FIELDS = new Set([
  'vnetId',
  'natGatewayId',
  'nsgId',
  'routeTableId',
  'subnetIds',
  'policyIds',
  'resourceIds',
  'vnetAId',
  'vnetBId',
  'vnetIds',
  'privateDnsZoneId',
  'subnetId',
  'gatewayVnetId',
]);

/** Copies an entity with its id and every reference rewritten through `map`; undefined when a required reference is lost. */
export function remapEntity<T>(
  entity: T,
  map: ReadonlyMap<string, string>,
  keep: (id: string) => boolean,
): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity as Record<string, unknown>)) {
    if (k === 'id') out.id = map.get(v as string);
    else if (k === 'placement') out.placement = remapEntity(v, map, keep);
    else if (REF_FIELDS.has(k)) {
      const r = remap(v, map, keep);
      // A required single reference that points nowhere makes the object unpasteable.
      if (
        r === undefined &&
        (k === 'vnetId' || k === 'vnetAId' || k === 'vnetBId' || k === 'subnetId' || k === 'gatewayVnetId')
      )
        return undefined;
      if (r !== undefined) out[k] = r;
    } else out[k] = v;
  }
  return out as T;
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
      .map((e) => remapEntity(e, map, keep))
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
