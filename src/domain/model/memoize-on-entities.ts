import { type Design, entityCollections } from './schema';

/**
 * Memoizes a function of the design's objects. Rules, usage and indexes never read the layout or the
 * design's name, and every operation shares unchanged collections with the previous design; so when only
 * positions change (a drag on the canvas), the previous result is reused instead of recomputed.
 * Results are cached per design object, plus the last result by collection identity.
 */
export function memoizeOnEntities<R>(compute: (design: Design) => R): (design: Design) => R {
  const byDesign = new WeakMap<Design, R>();
  let last: { collections: readonly unknown[]; result: R } | undefined;
  return (design) => {
    if (byDesign.has(design)) return byDesign.get(design) as R;
    const collections = entityCollections.map((key) => design[key]);
    const previous = last;
    const result =
      previous && collections.every((c, i) => c === previous.collections[i])
        ? previous.result
        : compute(design);
    byDesign.set(design, result);
    last = { collections, result };
    return result;
  };
}
