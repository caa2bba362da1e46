import { type Design, entityCollections } from './schema';

/** Every id used in the design, across all collections. */
export function collectIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const key of entityCollections) for (const e of design[key]) ids.add(e.id);
  return ids;
}

/**
 * The first `prefix-N` (N from 1) not used by any object of the design.
 * @example nextId(createDesign(), 'vnet') === 'vnet-1'
 */
export function nextId(
  design: Design,
  prefix: string,
  taken: ReadonlySet<string> = collectIds(design),
): string {
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
