/**
 * The canvas's table of kinds: for each kind of object drawn as a node (every kind of the domain's
 * registry except peerings, which are edges), its default size, auto-layout column and layer, accent
 * colour (cards, far-zoom cards, image legend) and palette entry. The node components are keyed by
 * the same kinds in `node-types.ts`; `canvas-kinds.test.ts` fails when a kind is missing from either.
 */
import { type Kind, kinds } from '../domain/model/kinds';

/** The kinds drawn as nodes: every kind but peerings (drawn as edges between VNets). */
export type NodeKind = Exclude<Kind, 'peering'>;

export interface PaletteEntry {
  /** Stable id of the palette button (tests and keys). */
  id: string;
  /** The button's accessible name. */
  label: string;
  /** Its keyboard shortcut (lower case). */
  key: string;
}

export interface CanvasKind {
  /** Fixed size of the node; a VNet is sized by its subnets instead. */
  size: { width: number; height: number } | undefined;
  /** x of its column when it has no stored position; a subnet or hub object sits inside its VNet instead. */
  column: number | undefined;
  /** Auto-layout layer (ELK partition), left to right; a subnet or hub object moves with its VNet. */
  layer: number | undefined;
  /** Accent colour of the card's left border, as in the exported image's legend. */
  accent: string;
  /** Its palette button, or undefined when it has none of its own (resources have one per resource kind). */
  palette: PaletteEntry | undefined;
}

/** A hub object's card: two of them fit beside one subnet. */
const HUB_OBJECT_SIZE = { width: 250, height: 46 } as const;

export const canvasKinds = {
  environment: {
    size: { width: 240, height: 64 },
    column: 0,
    layer: 0,
    accent: '#7e22ce',
    palette: { id: 'environment', label: 'Add environment', key: 'e' },
  },
  policy: {
    size: { width: 240, height: 64 },
    column: 320,
    layer: 1,
    accent: '#2563eb',
    palette: { id: 'policy', label: 'Add enterprise policy', key: 'p' },
  },
  vnet: {
    size: undefined,
    column: 640,
    layer: 2,
    accent: '#0369a1',
    palette: { id: 'vnet', label: 'Add VNet', key: 'v' },
  },
  subnet: {
    size: { width: 260, height: 90 },
    column: undefined,
    layer: undefined,
    accent: '#0ea5e9',
    palette: { id: 'subnet', label: 'Add subnet', key: 's' },
  },
  natGateway: {
    size: { width: 250, height: 56 },
    column: 1040,
    layer: 3,
    accent: '#0284c7',
    palette: { id: 'nat', label: 'Add NAT gateway', key: 'g' },
  },
  nsg: {
    size: { width: 250, height: 56 },
    column: 1040,
    layer: 3,
    accent: '#15803d',
    palette: { id: 'nsg', label: 'Add network security group', key: 'n' },
  },
  routeTable: {
    size: { width: 250, height: 56 },
    column: 1040,
    layer: 3,
    accent: '#1d4ed8',
    palette: { id: 'route-table', label: 'Add route table', key: 'r' },
  },
  resource: {
    size: { width: 250, height: 56 },
    column: 1360,
    layer: 3,
    accent: '#4f46e5',
    palette: undefined,
  },
  dnsZone: {
    size: { width: 310, height: 56 },
    column: 1360,
    layer: 4,
    accent: '#0891b2',
    palette: { id: 'dns', label: 'Add private DNS zone', key: 'd' },
  },
  // A hub's own objects sit inside their VNet, beside the subnet that hosts them (`vnet-children.ts`).
  firewall: {
    size: HUB_OBJECT_SIZE,
    column: undefined,
    layer: undefined,
    accent: '#c2410c',
    palette: { id: 'firewall', label: 'Add Azure Firewall', key: 'x' },
  },
  gateway: {
    size: HUB_OBJECT_SIZE,
    column: undefined,
    layer: undefined,
    accent: '#0d9488',
    palette: { id: 'gateway', label: 'Add VNet gateway', key: 'y' },
  },
  bastion: {
    size: HUB_OBJECT_SIZE,
    column: undefined,
    layer: undefined,
    accent: '#be185d',
    palette: { id: 'bastion', label: 'Add Bastion', key: 'b' },
  },
} as const satisfies Record<NodeKind, CanvasKind>;

/** Every node kind, in the registry's order. */
export const nodeKinds = (Object.keys(kinds) as Kind[]).filter((k): k is NodeKind => k !== 'peering');

/** The design collection each node kind draws. */
export const collectionOfKind = Object.fromEntries(nodeKinds.map((k) => [k, kinds[k].collection])) as {
  [K in NodeKind]: (typeof kinds)[K]['collection'];
};

type Defined<F extends keyof CanvasKind> = {
  [K in NodeKind as (typeof canvasKinds)[K][F] extends undefined ? never : K]: NonNullable<
    (typeof canvasKinds)[K][F]
  >;
};

function pick<F extends 'size' | 'column' | 'layer'>(field: F): Defined<F> {
  const out: Record<string, unknown> = {};
  for (const k of nodeKinds) {
    const value = (canvasKinds as Record<NodeKind, CanvasKind>)[k][field];
    if (value !== undefined) out[k] = value;
  }
  return out as Defined<F>;
}

/** Node sizes (every kind but the VNet, which its subnets size). */
export const NODE_SIZE = pick('size');
/** Left-to-right columns for objects without a stored position: environments → policies → VNets → the rest. */
export const COLUMN_X = pick('column');
/** Auto-layout layers (ELK partitions) by kind. */
export const LAYOUT_LAYER = pick('layer');

/** Kinds drawn on their own in a column: a fixed size and a column (not VNets, subnets or hub objects). */
export type ColumnKind = keyof typeof COLUMN_X & keyof typeof NODE_SIZE;
export const isColumnKind = (k: NodeKind): k is ColumnKind =>
  Object.hasOwn(COLUMN_X, k) && Object.hasOwn(NODE_SIZE, k);
/** The column kinds, in the registry's order. */
export const columnKinds: readonly ColumnKind[] = nodeKinds.filter(isColumnKind);
