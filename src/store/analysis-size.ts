/**
 * Which designs are validated in the background: from this many objects, validation runs in a worker
 * and the studio shows the last findings, marked as updating, until the new ones arrive. Below it,
 * findings are computed in place, within the edit (a few milliseconds).
 */
import type { Design } from '../domain/model/schema';

export const BACKGROUND_FROM_OBJECTS = 1000;

const counted = new WeakMap<Design, number>();

export function objectCount(design: Design): number {
  let n = counted.get(design);
  if (n === undefined) {
    n =
      design.environments.length +
      design.policies.length +
      design.vnets.length +
      design.subnets.length +
      design.peerings.length +
      design.natGateways.length +
      design.nsgs.length +
      design.routeTables.length +
      design.resources.length +
      design.privateDnsZones.length;
    counted.set(design, n);
  }
  return n;
}

export const validatesInBackground = (design: Design) => objectCount(design) >= BACKGROUND_FROM_OBJECTS;
