/**
 * Which designs are validated in the background: from this many objects, validation runs in a worker
 * and the studio shows the last findings, marked as updating, until the new ones arrive. Below it,
 * findings are computed in place, within the edit (a few milliseconds).
 */
import { type Design, entityCollections } from '../domain/model/schema';

export const BACKGROUND_FROM_OBJECTS = 1000;

const counted = new WeakMap<Design, number>();

export function objectCount(design: Design): number {
  let n = counted.get(design);
  if (n === undefined) {
    n = entityCollections.reduce((sum, c) => sum + design[c].length, 0);
    counted.set(design, n);
  }
  return n;
}

export const validatesInBackground = (design: Design) => objectCount(design) >= BACKGROUND_FROM_OBJECTS;
