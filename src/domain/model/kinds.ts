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
  | 'dnsZone';

/** What deleting the target of a reference does to the object holding it. */
export type OnDelete =
  /** The holder goes too (a subnet without its VNet). */
  | 'cascade'
  /** The reference is dropped; the holder stays (a subnet whose NSG is deleted). */
  | 'detach'
  /** The target cannot be deleted while the holder refers to it. */
  | 'refuse';

export interface KindReference {
  /** Field path inside the object (`['placement', 'subnetId']`). A path that is absent means no reference. */
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
    references: [],
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

/** The value at a reference's path in an object, or undefined when the path is absent. */
export function readPath(entity: unknown, path: readonly string[]): unknown {
  let value: unknown = entity;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The ids a reference holds in an object (none when absent). */
export function referencedIds(entity: unknown, ref: KindReference): string[] {
  const value = readPath(entity, ref.path);
  if (ref.many) return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return typeof value === 'string' ? [value] : [];
}

/**
 * A copy of `entity` with the reference at `path` replaced: `undefined` removes the field. Objects on
 * the way are copied; the rest is shared.
 */
export function writePath<T>(entity: T, path: readonly string[], value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const obj = entity as Record<string, unknown>;
  if (!Object.hasOwn(obj, key)) return entity;
  const copy: Record<string, unknown> = { ...obj };
  const next = rest.length === 0 ? value : writePath(obj[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** The list fields holding many references, as `[collection, field]` (capped by the loader). */
export const referenceLists = allReferences
  .filter((r) => r.many && r.path.length === 1)
  .map((r) => [kinds[r.holder].collection, r.path[0] as string] as const);

/** A kind's label inside a sentence: "virtual network", "NAT gateway", "private DNS zone". */
export function labelInText(kind: Kind): string {
  const { one } = kinds[kind].label;
  return /^[A-Z][a-z]/.test(one) ? one[0]?.toLowerCase() + one.slice(1) : one;
}
