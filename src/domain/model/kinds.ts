/**
 * The registry of object kinds: one entry per kind of object a design holds, saying where its objects
 * live, what people call them, what Azure resource they become and which other objects they refer to.
 *
 * Everything that used to list kinds by hand derives from this table: the loader's reference checks,
 * removal and its cascade, copy/cut/paste, labels and descriptions, the exporters' resource naming, and
 * (in `src/canvas/canvas-kinds.ts`) the canvas's per-kind table. Adding a kind starts here; see
 * `docs/architecture.md`.
 */
import type { Design } from './schema';

/** The one name of a kind of object, used by the domain, the store, the canvas and the panels. */
export type Kind =
  | 'environment'
  | 'policy'
  | 'vnet'
  | 'subnet'
  | 'peering'
  | 'natGateway'
  | 'nsg'
  | 'routeTable'
  | 'resource'
  | 'dnsZone'
  | 'firewall'
  | 'gateway'
  | 'bastion';

/** What deleting the target of a reference does to the object holding it. */
export type OnDelete =
  /** The holder goes too (a subnet without its VNet). */
  | 'cascade'
  /** The reference is dropped; the holder stays (a subnet whose NSG is deleted). */
  | 'detach'
  /** The target cannot be deleted while the holder refers to it. */
  | 'refuse';

export interface KindReference {
  /**
   * Field path inside the object (`['placement', 'subnetId']`). A path that is absent means no reference.
   * The segment {@link EACH} steps into every item of a list (`['routes', '[]', 'nextHopFirewallId']`).
   */
  readonly path: readonly string[];
  readonly target: Kind;
  /** A list of ids rather than one id. */
  readonly many: boolean;
  /** The object cannot exist without it (a paste that cannot resolve it drops the object). */
  readonly required: boolean;
  readonly onDelete: OnDelete;
  /** The holder is drawn inside its target and is copied along with it (a subnet in its VNet). */
  readonly contained?: boolean;
}

export interface KindInfo {
  /** The design's array that holds objects of this kind. */
  readonly collection: keyof Design;
  /** The id prefix new objects get (`vnet` → `vnet-1`). */
  readonly idPrefix: string;
  /** Labels for headings and lists ("Virtual network", "Virtual networks"). */
  readonly label: { readonly one: string; readonly many: string };
  /** The word in running text ("VNet", "VNets"; "enterprise policy"). */
  readonly noun: { readonly one: string; readonly many: string };
  /** Key of the kind's icon (canvas, palette, images). */
  readonly icon: string;
  /** The Azure resource type it deploys as, or undefined when it is not an ARM resource of the design. */
  readonly azureType: string | undefined;
  readonly references: readonly KindReference[];
}

/** The path segment meaning "each item of the list here". */
export const EACH = '[]';

const one = (
  path: readonly string[],
  target: Kind,
  onDelete: OnDelete,
  extra: { required?: boolean; contained?: boolean } = {},
): KindReference => ({
  path,
  target,
  many: false,
  required: extra.required ?? false,
  onDelete,
  ...(extra.contained ? { contained: true } : {}),
});
const many = (field: string, target: Kind): KindReference => ({
  path: [field],
  target,
  many: true,
  required: false,
  onDelete: 'detach',
});

/** Every kind, in the order collections appear in a design file. */
export const kinds = {
  environment: {
    collection: 'environments',
    idPrefix: 'env',
    label: { one: 'Environment', many: 'Environments' },
    noun: { one: 'environment', many: 'environments' },
    icon: 'environment',
    azureType: undefined,
    references: [many('resourceIds', 'resource'), many('policyIds', 'policy')],
  },
  policy: {
    collection: 'policies',
    idPrefix: 'policy',
    label: { one: 'Enterprise policy', many: 'Enterprise policies' },
    noun: { one: 'enterprise policy', many: 'enterprise policies' },
    icon: 'policy',
    azureType: 'Microsoft.PowerPlatform/enterprisePolicies',
    references: [many('subnetIds', 'subnet')],
  },
  vnet: {
    collection: 'vnets',
    idPrefix: 'vnet',
    label: { one: 'Virtual network', many: 'Virtual networks' },
    noun: { one: 'VNet', many: 'VNets' },
    icon: 'vnet',
    azureType: 'Microsoft.Network/virtualNetworks',
    references: [],
  },
  subnet: {
    collection: 'subnets',
    idPrefix: 'subnet',
    label: { one: 'Subnet', many: 'Subnets' },
    noun: { one: 'subnet', many: 'subnets' },
    icon: 'subnet',
    azureType: 'Microsoft.Network/virtualNetworks/subnets',
    references: [
      one(['vnetId'], 'vnet', 'cascade', { required: true, contained: true }),
      one(['natGatewayId'], 'natGateway', 'detach'),
      one(['nsgId'], 'nsg', 'detach'),
      one(['routeTableId'], 'routeTable', 'detach'),
    ],
  },
  peering: {
    collection: 'peerings',
    idPrefix: 'peering',
    label: { one: 'Peering', many: 'Peerings' },
    noun: { one: 'peering', many: 'peerings' },
    icon: 'peering',
    azureType: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
    references: [
      one(['vnetAId'], 'vnet', 'cascade', { required: true }),
      one(['vnetBId'], 'vnet', 'cascade', { required: true }),
    ],
  },
  natGateway: {
    collection: 'natGateways',
    idPrefix: 'nat',
    label: { one: 'NAT gateway', many: 'NAT gateways' },
    noun: { one: 'NAT gateway', many: 'NAT gateways' },
    icon: 'natGateway',
    azureType: 'Microsoft.Network/natGateways',
    references: [],
  },
  nsg: {
    collection: 'nsgs',
    idPrefix: 'nsg',
    label: { one: 'Network security group', many: 'Network security groups' },
    noun: { one: 'NSG', many: 'NSGs' },
    icon: 'nsg',
    azureType: 'Microsoft.Network/networkSecurityGroups',
    references: [],
  },
  routeTable: {
    collection: 'routeTables',
    idPrefix: 'rt',
    label: { one: 'Route table', many: 'Route tables' },
    noun: { one: 'route table', many: 'route tables' },
    icon: 'routeTable',
    azureType: 'Microsoft.Network/routeTables',
    references: [one(['routes', EACH, 'nextHopFirewallId'], 'firewall', 'detach')],
  },
  resource: {
    collection: 'resources',
    idPrefix: 'resource',
    label: { one: 'Private resource', many: 'Private resources' },
    noun: { one: 'private resource', many: 'private resources' },
    icon: 'resource',
    azureType: undefined,
    references: [
      one(['placement', 'subnetId'], 'subnet', 'cascade', { required: true }),
      one(['placement', 'gatewayVnetId'], 'vnet', 'cascade', { required: true }),
      one(['privateDnsZoneId'], 'dnsZone', 'detach'),
    ],
  },
  dnsZone: {
    collection: 'privateDnsZones',
    idPrefix: 'dns',
    label: { one: 'Private DNS zone', many: 'Private DNS zones' },
    noun: { one: 'private DNS zone', many: 'private DNS zones' },
    icon: 'dnsZone',
    azureType: 'Microsoft.Network/privateDnsZones',
    references: [many('vnetIds', 'vnet')],
  },
  firewall: {
    collection: 'firewalls',
    idPrefix: 'afw',
    label: { one: 'Azure Firewall', many: 'Azure Firewalls' },
    noun: { one: 'firewall', many: 'firewalls' },
    icon: 'firewall',
    azureType: 'Microsoft.Network/azureFirewalls',
    references: [one(['vnetId'], 'vnet', 'cascade', { required: true, contained: true })],
  },
  gateway: {
    collection: 'gateways',
    idPrefix: 'vgw',
    label: { one: 'Virtual network gateway', many: 'Virtual network gateways' },
    noun: { one: 'virtual network gateway', many: 'virtual network gateways' },
    icon: 'gateway',
    azureType: 'Microsoft.Network/virtualNetworkGateways',
    references: [one(['vnetId'], 'vnet', 'cascade', { required: true, contained: true })],
  },
  bastion: {
    collection: 'bastions',
    idPrefix: 'bas',
    label: { one: 'Azure Bastion', many: 'Azure Bastions' },
    noun: { one: 'Bastion host', many: 'Bastion hosts' },
    icon: 'bastion',
    azureType: 'Microsoft.Network/bastionHosts',
    references: [one(['vnetId'], 'vnet', 'cascade', { required: true, contained: true })],
  },
} as const satisfies Record<Kind, KindInfo>;

/** The design array holding objects of kind `K`. */
export type CollectionOf<K extends Kind> = (typeof kinds)[K]['collection'];
/** The design's entity collections, by key (derived from the kinds). */
export type EntityCollection = CollectionOf<Kind>;

/** Every kind, in registry order. */
export const kindList = Object.keys(kinds) as Kind[];

/** The entity collections of a design, in registry order. */
export const entityCollections = kindList.map((k) => kinds[k].collection) as readonly EntityCollection[];

const byCollection = new Map<string, Kind>(kindList.map((k) => [kinds[k].collection, k]));

/** The kind whose objects live in `collection`. */
export function kindOfCollection(collection: EntityCollection): Kind {
  return byCollection.get(collection) as Kind;
}

/** The registry entry of a kind (widened to `KindInfo` for generic code). */
export function kindInfo(kind: Kind): KindInfo {
  return kinds[kind];
}

/** The registry entry for a collection. */
export function collectionInfo(collection: EntityCollection): KindInfo {
  return kinds[kindOfCollection(collection)];
}

/** A reference together with the kind holding it. */
export interface HeldReference extends KindReference {
  readonly holder: Kind;
}

/** Every reference in the registry, holder first. */
export const allReferences: readonly HeldReference[] = kindList.flatMap((holder) =>
  (kinds[holder].references as readonly KindReference[]).map((r) => ({ ...r, holder })),
);

/** One place a reference is held: the id and its JSON path inside the object (`['routes', 2, 'nextHopFirewallId']`). */
export interface ReferenceSite {
  readonly id: string;
  readonly at: ReadonlyArray<string | number>;
}

/** Every value at a path, with where it was found ({@link EACH} fans out over list items). */
function valuesAt(
  entity: unknown,
  path: readonly string[],
  at: ReadonlyArray<string | number> = [],
): Array<{ value: unknown; at: ReadonlyArray<string | number> }> {
  const [key, ...rest] = path;
  if (key === undefined) return [{ value: entity, at }];
  if (key === EACH) {
    if (!Array.isArray(entity)) return [];
    return entity.flatMap((item, i) => valuesAt(item, rest, [...at, i]));
  }
  if (typeof entity !== 'object' || entity === null || !Object.hasOwn(entity, key)) return [];
  return valuesAt((entity as Record<string, unknown>)[key], rest, [...at, key]);
}

/**
 * The value at a reference's path in an object, or undefined when the path is absent. A path through a
 * list ({@link EACH}) gives the list of values found in its items (undefined when there are none).
 */
export function readPath(entity: unknown, path: readonly string[]): unknown {
  const found = valuesAt(entity, path);
  if (!path.includes(EACH)) return found[0]?.value;
  return found.length === 0 ? undefined : found.map((f) => f.value);
}

/** The ids a reference holds in an object, each with its path (none when absent). */
export function referenceSites(entity: unknown, ref: KindReference): ReferenceSite[] {
  const out: ReferenceSite[] = [];
  for (const { value, at } of valuesAt(entity, ref.path)) {
    if (ref.many) {
      if (Array.isArray(value))
        value.forEach((v, j) => {
          if (typeof v === 'string') out.push({ id: v, at: [...at, j] });
        });
    } else if (typeof value === 'string') out.push({ id: value, at });
  }
  return out;
}

/** The ids a reference holds in an object (none when absent). */
export function referencedIds(entity: unknown, ref: KindReference): string[] {
  return referenceSites(entity, ref).map((s) => s.id);
}

/**
 * A copy of `entity` with the reference at `path` replaced: `undefined` removes the field. Objects on
 * the way are copied; the rest is shared. A path through a list ({@link EACH}) writes the value into
 * every item that holds the field.
 */
export function writePath<T>(entity: T, path: readonly string[], value: unknown): T {
  return rewritePath(entity, path, () => value);
}

function rewritePath<T>(entity: T, path: readonly string[], next: (old: unknown) => unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return next(entity) as T;
  if (key === EACH) {
    if (!Array.isArray(entity)) return entity;
    return entity.map((item) => rewritePath(item, rest, next)) as T;
  }
  if (typeof entity !== 'object' || entity === null) return entity;
  const obj = entity as Record<string, unknown>;
  if (!Object.hasOwn(obj, key)) return entity;
  const copy: Record<string, unknown> = { ...obj };
  const value = rest.length === 0 ? next(obj[key]) : rewritePath(obj[key], rest, next);
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as T;
}

/**
 * A copy of `entity` with every id its reference holds passed through `map`: an id mapped to undefined is
 * dropped (from a list, or the field removed). Untouched objects are shared.
 */
export function mapReferences<T>(entity: T, ref: KindReference, map: (id: string) => string | undefined): T {
  if (referencedIds(entity, ref).length === 0) return entity;
  return rewritePath(entity, ref.path, (old) => {
    if (ref.many) {
      return Array.isArray(old)
        ? old.flatMap((v) => {
            if (typeof v !== 'string') return [v];
            const id = map(v);
            return id === undefined ? [] : [id];
          })
        : old;
    }
    return typeof old === 'string' ? map(old) : old;
  });
}

/** The list fields holding many references, as `[collection, field]` (capped by the loader). */
export const referenceLists = allReferences
  .filter((r) => r.many && r.path.length === 1)
  .map((r) => [kinds[r.holder].collection, r.path[0] as string] as const);

/**
 * A kind's label inside a sentence: "virtual network", "NAT gateway", "private DNS zone"; product names
 * keep their capitals ("Azure Firewall", "Azure Bastion").
 */
export function labelInText(kind: Kind): string {
  const { one } = kinds[kind].label;
  if (one.startsWith('Azure ')) return one;
  return /^[A-Z][a-z]/.test(one) ? one[0]?.toLowerCase() + one.slice(1) : one;
}
