/**
 * Importing into a design that already exists: a refresh, not a copy. Every imported object that matches
 * one of the design (by Azure resource id, compared case-insensitively as Azure does, else by type,
 * resource group and name) updates it in place and keeps its id, position and connections; the rest is
 * added with fresh ids. What differs between the design and the estate is listed as drift: added,
 * removed (in the design, in the imported scope, but no longer in the estate) and changed (address space,
 * prefix, delegations, attachments, flags, rules). Removed objects are listed, never deleted: the design
 * may hold planned objects that Azure doesn't have yet. Pure; never throws.
 */
import { collectIds, nextId } from '../model/ids';
import { kindOfCollection } from '../model/kinds';
import { remapEntity } from '../model/operations/clipboard';
import { type Design, type EntityCollection, entityCollections, type Peering } from '../model/schema';
import { DEFAULT_IMPORT_SCOPE } from './azure/default-scope';

export type DriftChange = 'added' | 'removed' | 'changed';

export interface DriftEntry {
  change: DriftChange;
  collection: EntityCollection;
  /** The object's id in the merged design. */
  id: string;
  name: string;
  /** For a change: what differs, e.g. `addressPrefixes: 10.0.0.0/16 → 10.0.0.0/16, 10.1.0.0/16`. */
  details: string[];
}

export interface MergeImportResult {
  design: Design;
  /** Ids (in the merged design) of the objects the import added. */
  added: string[];
  /** Ids of the design's objects the import matched (changed or not). */
  updated: string[];
  drift: DriftEntry[];
}

type Entity = { id: string; name?: string } & Record<string, unknown>;

const lower = (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : '');

/** Objects placed by subscription and resource group (optional for NAT gateways, NSGs, route tables). */
const SCOPED: Partial<Record<EntityCollection, string>> = {
  vnets: 'microsoft.network/virtualnetworks',
  natGateways: 'microsoft.network/natgateways',
  nsgs: 'microsoft.network/networksecuritygroups',
  routeTables: 'microsoft.network/routetables',
  policies: 'microsoft.powerplatform/enterprisepolicies',
};

/** Match keys of an object, best first: its Azure resource id, then type + resource group + name. */
function keysOf(
  collection: EntityCollection,
  e: Entity,
  parents: ReadonlyMap<string, string>,
  side: 'target' | 'imported',
): string[] {
  const type = SCOPED[collection];
  if (type) {
    const name = lower(e.name);
    const rg = lower(e.resourceGroup);
    // A template deploys wherever it is sent: its placeholder scope matches any resource group.
    if (rg === lower(DEFAULT_IMPORT_SCOPE.resourceGroup) && side === 'imported') return [`${type}|${name}`];
    const keys: string[] = [];
    if (e.subscriptionId && e.resourceGroup)
      keys.push(`/subscriptions/${lower(e.subscriptionId)}/resourcegroups/${rg}/providers/${type}/${name}`);
    keys.push(`${type}|${rg}|${name}`);
    if (side === 'target') keys.push(`${type}|${name}`);
    return keys;
  }
  const ref = (id: unknown) => (typeof id === 'string' ? (parents.get(id) ?? `?${id}`) : '');
  switch (collection) {
    case 'subnets':
      return [`subnet|${ref(e.vnetId)}|${lower(e.name)}`];
    case 'peerings': {
      const pair = [ref(e.vnetAId), ref(e.vnetBId)].sort();
      return [`peering|${pair.join('|')}`];
    }
    case 'privateDnsZones':
      return [`zone|${lower(e.name)}`];
    case 'resources': {
      const placement = e.placement as { type: string; subnetId?: string } | undefined;
      return [`resource|${lower(e.kind)}|${lower(e.name)}|${ref(placement?.subnetId)}`];
    }
    default:
      return [`${collection}|${lower(e.name)}`];
  }
}

/** A peering written from B's side turned to A's, so both sides compare field by field. */
function orient(p: Peering, vnetAId: string): Peering {
  if (p.vnetAId === vnetAId) return p;
  return { ...p, vnetAId: p.vnetBId, vnetBId: p.vnetAId, aToB: p.bToA, bToA: p.aToB };
}

const show = (v: unknown): string => {
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(show).join(', ');
  if (v === undefined || v === null) return '(none)';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/** What the import could not know (a template's placeholder scope, `<unknown: …>` values) leaves the design's value. */
function known(e: Entity): Entity {
  const out: Entity = { id: e.id };
  for (const [k, v] of Object.entries(e)) {
    if (k === 'subscriptionId' && v === DEFAULT_IMPORT_SCOPE.subscriptionId) continue;
    if (k === 'resourceGroup' && v === DEFAULT_IMPORT_SCOPE.resourceGroup) continue;
    if (typeof v === 'string' && v.startsWith('<unknown')) continue;
    out[k] = v;
  }
  return out;
}

/** The fields the estate sets that differ from the design's, as `field: before → after`. */
function differences(before: Entity, after: Entity): string[] {
  const out: string[] = [];
  for (const key of Object.keys(after)) {
    // Whether Azure has it is no drift of the network itself.
    if (key === 'id' || key === 'existing') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      out.push(`${key}: ${show(before[key])} → ${show(after[key])}`);
  }
  return out;
}

/** The order collections are matched in: parents before what refers to them. */
const MATCH_ORDER: EntityCollection[] = [
  'vnets',
  'natGateways',
  'nsgs',
  'routeTables',
  'privateDnsZones',
  'subnets',
  'peerings',
  'resources',
  'policies',
  'environments',
];

/**
 * Merges an imported design into `target`: matches update, the rest is added (without positions: the
 * caller places them), and the drift between the two is listed.
 *
 * @example mergeImport(design, design).drift.length === 0
 */
export function mergeImport(target: Design, imported: Design): MergeImportResult {
  const taken = collectIds(target);
  /** imported id → id in the merged design */
  const idMap = new Map<string, string>();
  /** imported id → matched target id (used for the keys of children) */
  const matched = new Map<string, string>();
  const usedTargets = new Set<string>();
  // Keys of children name their parents by the target's id when the parent matched.
  const targetParents = new Map<string, string>();
  for (const v of target.vnets) targetParents.set(v.id, v.id);
  for (const s of target.subnets) targetParents.set(s.id, s.id);

  for (const collection of MATCH_ORDER) {
    const index = new Map<string, Entity>();
    for (const e of target[collection] as unknown as Entity[])
      for (const key of keysOf(collection, e, targetParents, 'target'))
        if (!index.has(key)) index.set(key, e);
    for (const e of imported[collection] as unknown as Entity[]) {
      const keys = keysOf(collection, e, matched, 'imported');
      const hit = keys.map((k) => index.get(k)).find((t) => t !== undefined && !usedTargets.has(t.id));
      if (hit) {
        usedTargets.add(hit.id);
        matched.set(e.id, hit.id);
        idMap.set(e.id, hit.id);
      } else {
        const id = nextId(target, e.id.replace(/-\d+$/, ''), taken);
        taken.add(id);
        idMap.set(e.id, id);
      }
    }
  }

  const next: Design = { ...target, layout: { ...target.layout } };
  const added: string[] = [];
  const updated: string[] = [];
  const drift: DriftEntry[] = [];
  const importedVnetRgs = new Set(imported.vnets.map((v) => lower(v.resourceGroup)));
  const matchedVnets = new Set(imported.vnets.map((v) => matched.get(v.id)).filter((x) => x !== undefined));

  for (const collection of entityCollections) {
    const list = [...(target[collection] as unknown as Entity[])];
    const position = new Map(list.map((e, i) => [e.id, i]));
    for (const raw of imported[collection] as unknown as Entity[]) {
      let e = remapEntity(raw, kindOfCollection(collection), idMap, () => false) as Entity | undefined;
      if (!e) continue;
      const at = position.get(e.id);
      if (at === undefined) {
        list.push(e);
        added.push(e.id);
        drift.push({ change: 'added', collection, id: e.id, name: e.name ?? e.id, details: [] });
        continue;
      }
      const before = list[at] as Entity;
      if (collection === 'peerings') e = orient(e as Peering, before.vnetAId as string) as unknown as Entity;
      // A VNet the import only refers to (no address space in any file) leaves the design's as it is.
      if (collection === 'vnets' && (e.addressPrefixes as unknown[]).length === 0) {
        updated.push(e.id);
        continue;
      }
      e = known(e);
      const details = differences(before, e);
      list[at] = { ...before, ...e, id: before.id };
      updated.push(e.id);
      if (details.length > 0)
        drift.push({ change: 'changed', collection, id: e.id, name: e.name ?? e.id, details });
    }
    (next[collection] as unknown as Entity[]) = list;
  }

  // In the design, within what the import covers, but not in the estate any more.
  const usedSet = new Set(matched.values());
  const inScope = (collection: EntityCollection, e: Entity): boolean => {
    if (usedSet.has(e.id)) return false;
    switch (collection) {
      case 'vnets':
        return importedVnetRgs.has(lower(e.resourceGroup)) && matchedVnets.size > 0;
      case 'subnets':
        return matchedVnets.has(e.vnetId as string);
      case 'peerings':
        return matchedVnets.has(e.vnetAId as string) && matchedVnets.has(e.vnetBId as string);
      default:
        return false;
    }
  };
  for (const collection of ['vnets', 'subnets', 'peerings'] as const)
    for (const e of target[collection] as unknown as Entity[])
      if (inScope(collection, e))
        drift.push({ change: 'removed', collection, id: e.id, name: e.name ?? e.id, details: [] });

  return { design: next, added, updated, drift };
}

/** Drift entries counted by change, for a one-line summary. */
export function summarizeDrift(drift: readonly DriftEntry[]): Record<DriftChange, number> {
  const out: Record<DriftChange, number> = { added: 0, removed: 0, changed: 0 };
  for (const d of drift) out[d.change]++;
  return out;
}
