/**
 * Design operations: pure functions Design → Design. The studio's every edit goes through them, so the
 * canvas never holds network logic and undo/redo is a stack of designs.
 */
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
 * The ids that removing `ids` removes: the objects themselves, a VNet's subnets and peerings, and the
 * resources placed in a removed subnet (or behind a removed gateway VNet).
 */
export function removalSet(design: Design, ids: Iterable<string>): Set<string> {
  const gone = new Set(ids);
  for (const s of design.subnets) if (gone.has(s.vnetId)) gone.add(s.id);
  for (const p of design.peerings) if (gone.has(p.vnetAId) || gone.has(p.vnetBId)) gone.add(p.id);
  for (const r of design.resources) {
    const host = r.placement.type === 'subnet' ? r.placement.subnetId : r.placement.gatewayVnetId;
    if (gone.has(host)) gone.add(r.id);
  }
  return gone;
}

/**
 * Removes objects and everything that cannot exist without them: a VNet takes its subnets and peerings;
 * a subnet takes the resources placed in it; references to removed objects are dropped everywhere.
 */
export function removeEntities(design: Design, ids: Iterable<string>): Design {
  const gone = removalSet(design, ids);
  if (gone.size === 0) return design;
  const keep = <T extends { id: string }>(list: readonly T[]) => list.filter((e) => !gone.has(e.id));
  const ref = (id: string | undefined) => (id !== undefined && gone.has(id) ? undefined : id);
  const layout: Design['layout'] = {};
  for (const [id, p] of Object.entries(design.layout)) if (!gone.has(id)) layout[id] = p;
  return {
    ...design,
    environments: keep(design.environments).map((e) => ({
      ...e,
      resourceIds: e.resourceIds.filter((r) => !gone.has(r)),
      policyIds: e.policyIds.filter((p) => !gone.has(p)),
    })),
    policies: keep(design.policies).map((p) => ({
      ...p,
      subnetIds: p.subnetIds.filter((s) => !gone.has(s)),
    })),
    vnets: keep(design.vnets),
    subnets: keep(design.subnets).map((s) => {
      const next = {
        ...s,
        natGatewayId: ref(s.natGatewayId),
        nsgId: ref(s.nsgId),
        routeTableId: ref(s.routeTableId),
      };
      if (next.natGatewayId === undefined) delete next.natGatewayId;
      if (next.nsgId === undefined) delete next.nsgId;
      if (next.routeTableId === undefined) delete next.routeTableId;
      return next;
    }),
    peerings: keep(design.peerings),
    natGateways: keep(design.natGateways),
    nsgs: keep(design.nsgs),
    routeTables: keep(design.routeTables),
    resources: keep(design.resources).map((r) => {
      if (r.privateDnsZoneId === undefined || !gone.has(r.privateDnsZoneId)) return r;
      const { privateDnsZoneId: _dropped, ...rest } = r;
      return rest;
    }),
    privateDnsZones: keep(design.privateDnsZones).map((z) => ({
      ...z,
      vnetIds: z.vnetIds.filter((v) => !gone.has(v)),
    })),
    layout,
  };
}
