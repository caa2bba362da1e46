/**
 * The layout of link version 1. FROZEN once released, like the rest of the v1 payload.
 */

import {
  type Codec,
  type Compact,
  checkList,
  NO_CONTEXT,
  num,
  PayloadError,
  trimDefaults,
} from './compact-codec';
import {
  COLLECTIONS_V1,
  type DesignBodyV1,
  MAX_LAYOUT_ENTRIES_V1,
  type PositionV1 as Position,
} from './design-v1';

/** The canvas grid: positions and sizes travel in grid steps, which is all the precision they need. */
export const LAYOUT_GRID = 10;

/**
 * The layout as one entry per object, in the order of the collections and of each collection: `0` for an
 * object with no position, else `[x, y, width, height]` in grid steps (width and height `0` when absent).
 * Keys that name no object are dropped: `parseDesign` refuses them anyway.
 */
export const layout: Codec<DesignBodyV1['layout']> = {
  enc: (v, owner) => {
    const toStep = (n: number) => Math.round(n / LAYOUT_GRID) + 0;
    const size = (n: number | undefined) => (n === undefined ? 0 : Math.max(1, toStep(n)));
    const out: Compact[] = [];
    for (const key of COLLECTIONS_V1) {
      for (const e of owner[key] as ReadonlyArray<{ id: string }>) {
        const p = Object.hasOwn(v, e.id) ? v[e.id] : undefined;
        out.push(p ? trimDefaults([toStep(p.x), toStep(p.y), size(p.width), size(p.height)]) : 0);
      }
    }
    return trimDefaults(out).length === 0 ? 0 : out;
  },
  dec: (j, path, partial) => {
    const out: DesignBodyV1['layout'] = {};
    if (j === 0) return out;
    // One entry per object: as many as the design may hold objects, not the limit of one list.
    const entries = checkList(j, path, MAX_LAYOUT_ENTRIES_V1);
    let i = 0;
    for (const key of COLLECTIONS_V1) {
      for (const e of (partial[key] ?? []) as ReadonlyArray<{ id: string }>) {
        const at = `${path}[${i}]`;
        const item = entries[i++] ?? 0;
        if (item === 0) continue;
        if (!Array.isArray(item) || item.length > 4) {
          throw new PayloadError('wrong-type', at, `${at}: expected [x, y, width, height].`);
        }
        const step = (k: number) =>
          num.dec(item[k] ?? 0, `${at}[${k}]`, partial, NO_CONTEXT) * LAYOUT_GRID + 0;
        const position: Position = { x: step(0), y: step(1) };
        if ((item[2] ?? 0) !== 0) position.width = step(2);
        if ((item[3] ?? 0) !== 0) position.height = step(3);
        // defineProperty, not assignment: an id such as "__proto__" stays an own key and never reaches
        // the object's prototype.
        Object.defineProperty(out, e.id, {
          value: position,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    if (entries.length > i) {
      throw new PayloadError('wrong-type', path, `${path}: ${entries.length} positions for ${i} objects.`);
    }
    return out;
  },
};
