/**
 * Collections of entities in the compact payload, and the numbered-id shorthand: an id that continues
 * the previous object's numbered sequence is written `0`.
 */
import {
  type Codec,
  type Compact,
  checkList,
  decString,
  PayloadError,
  trimDefaults,
  wrongType,
} from './compact-codec';

/** An id as written: always text, so that `0` is free to mean "the next in sequence". */
export const idText: Codec<string> = {
  enc: (v) => v,
  dec: (j, path) => decString(j, path),
};

/**
 * The id that follows `id` in a numbered sequence (`snet-7` → `snet-8`), or `undefined` when `id` does
 * not end in a number. The studio numbers new objects this way, so most ids cost nothing.
 */
export function nextInSequence(id: string | undefined): string | undefined {
  const match = id === undefined ? null : /^(.*?)(0|[1-9][0-9]{0,14})$/.exec(id);
  return match ? `${match[1]}${Number(match[2]) + 1}` : undefined;
}

/** The ids of a payload collection, resolving `0` (or a missing id) as the next in sequence. */
export function sequenceIds(items: readonly Compact[]): (string | undefined)[] {
  let previous: string | undefined;
  return items.map((item) => {
    const raw = Array.isArray(item) ? (item[0] ?? 0) : undefined;
    previous = typeof raw === 'string' ? raw : raw === 0 ? nextInSequence(previous) : undefined;
    return previous;
  });
}

/**
 * A collection of entities whose codec starts with the id: an id that continues the previous one's
 * numbered sequence is written as `0` (and dropped when nothing follows it).
 */
export function collection<T extends { id: string }>(item: Codec<T>): Codec<T[]> {
  return {
    enc: (v, owner, ctx) => {
      if (v.length === 0) return 0;
      let previous: string | undefined;
      return v.map((x) => {
        const out = item.enc(x, owner, ctx) as Compact[];
        if (x.id === nextInSequence(previous)) {
          out[0] = 0;
          trimDefaults(out);
        }
        previous = x.id;
        return out;
      });
    },
    dec: (j, path, partial, ctx) => {
      if (j === 0) return [];
      const items = checkList(j, path);
      const ids = sequenceIds(items);
      return items.map((x, i) => {
        const at = `${path}[${i}]`;
        if (!Array.isArray(x)) throw wrongType(at, 'a list of fields');
        if ((x[0] ?? 0) !== 0) return item.dec(x, at, partial, ctx);
        const id = ids[i];
        if (id === undefined) {
          throw new PayloadError(
            'wrong-type',
            at,
            `${at}: the id is missing and no numbered id precedes it.`,
          );
        }
        return item.dec([id, ...x.slice(1)], at, partial, ctx);
      });
    },
  };
}
