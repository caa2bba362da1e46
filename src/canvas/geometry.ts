/**
 * Fixed node sizes and default placement. Nodes have fixed sizes so that text changes never make the
 * canvas jump, and so that layout can be computed before the browser measures anything.
 */
import type { Design } from '../domain/model/schema';

export type NodeKind =
  | 'environment'
  | 'policy'
  | 'vnet'
  | 'subnet'
  | 'natGateway'
  | 'nsg'
  | 'routeTable'
  | 'resource'
  | 'dnsZone';

/** Which design collection each node kind draws. */
export const collectionOfKind = {
  environment: 'environments',
  policy: 'policies',
  vnet: 'vnets',
  subnet: 'subnets',
  natGateway: 'natGateways',
  nsg: 'nsgs',
  routeTable: 'routeTables',
  resource: 'resources',
  dnsZone: 'privateDnsZones',
} as const satisfies Record<NodeKind, keyof Design>;

export const GRID = 10;

export const NODE_SIZE: Record<Exclude<NodeKind, 'vnet'>, { width: number; height: number }> = {
  environment: { width: 240, height: 64 },
  policy: { width: 240, height: 64 },
  subnet: { width: 260, height: 90 },
  natGateway: { width: 250, height: 56 },
  nsg: { width: 250, height: 56 },
  routeTable: { width: 250, height: 56 },
  resource: { width: 250, height: 56 },
  dnsZone: { width: 310, height: 56 },
};

/** VNet container geometry: a header band, then subnets stacked with padding. */
export const VNET = {
  header: 70,
  padding: 20,
  gap: 10,
  minWidth: 300,
  minHeight: 130,
} as const;

/** Relative position of the i-th subnet of a VNet when none is stored. */
export function defaultSubnetPosition(index: number): { x: number; y: number } {
  return { x: VNET.padding, y: VNET.header + index * (NODE_SIZE.subnet.height + VNET.gap) };
}

/** Left-to-right columns for objects without a stored position: environments → policies → VNets → the rest. */
export const COLUMN_X: Record<Exclude<NodeKind, 'subnet'>, number> = {
  environment: 0,
  policy: 320,
  vnet: 640,
  natGateway: 1040,
  nsg: 1040,
  routeTable: 1040,
  resource: 1360,
  dnsZone: 1360,
};
