/**
 * Lookup tables over a design, built once per design (designs are immutable) and shared by every rule,
 * the usage model and the exporters.
 */
import { type EntityCollection, entityCollections } from './kinds';
import { memoizeOnEntities } from './memoize-on-entities';
import type { Design, EnterprisePolicy, EntityOf, Environment, Peering, Subnet } from './schema';

/** One map by id per collection of the registry of kinds, plus the reverse lookups rules need. */
export type DesignIndex = { [C in EntityCollection]: Map<string, EntityOf<C>> } & {
  /** Subnets of each VNet, in design order. */
  subnetsByVnet: Map<string, Subnet[]>;
  /** Peerings touching each VNet. */
  peeringsByVnet: Map<string, Peering[]>;
  /** Policies referencing each subnet. */
  policiesBySubnet: Map<string, EnterprisePolicy[]>;
  /** Environments linked to each policy. */
  environmentsByPolicy: Map<string, Environment[]>;
};

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const item of items) if (!m.has(item.id)) m.set(item.id, item);
  return m;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The list without repeats; the usual one or two ids are returned as they are, allocating nothing. */
function distinct(ids: readonly string[]): readonly string[] {
  if (ids.length < 2 || (ids.length === 2 && ids[0] !== ids[1])) return ids;
  return [...new Set(ids)];
}

/** The design's lookup tables (memoized on the design's objects). */
export const indexDesign: (design: Design) => DesignIndex = memoizeOnEntities(buildIndex);

function buildIndex(design: Design): DesignIndex {
  const subnetsByVnet = new Map<string, Subnet[]>();
  for (const s of design.subnets) push(subnetsByVnet, s.vnetId, s);
  const peeringsByVnet = new Map<string, Peering[]>();
  for (const p of design.peerings) {
    push(peeringsByVnet, p.vnetAId, p);
    if (p.vnetBId !== p.vnetAId) push(peeringsByVnet, p.vnetBId, p);
  }
  const policiesBySubnet = new Map<string, EnterprisePolicy[]>();
  for (const p of design.policies) for (const s of distinct(p.subnetIds)) push(policiesBySubnet, s, p);
  const environmentsByPolicy = new Map<string, Environment[]>();
  for (const e of design.environments)
    for (const p of distinct(e.policyIds)) push(environmentsByPolicy, p, e);
  const byCollection = Object.fromEntries(
    entityCollections.map((c) => [c, byId(design[c] as ReadonlyArray<{ id: string }>)]),
  ) as { [C in EntityCollection]: Map<string, EntityOf<C>> };
  const index: DesignIndex = {
    ...byCollection,
    subnetsByVnet,
    peeringsByVnet,
    policiesBySubnet,
    environmentsByPolicy,
  };
  return index;
}
