/**
 * Fixed node sizes and default placement. Nodes have fixed sizes so that text changes never make the
 * canvas jump, and so that layout can be computed before the browser measures anything.
 */
import { NODE_SIZE } from './canvas-kinds';

export type { NodeKind } from './canvas-kinds';
export { COLUMN_X, collectionOfKind, NODE_SIZE } from './canvas-kinds';

export const GRID = 10;

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
