/**
 * Building blocks of the compact share payload: every entity becomes a positional JSON array, every
 * field a small codec. A field whose value is its default encodes as `0`, and trailing `0`s are dropped,
 * so a typical entity is its id plus the few fields that differ from the usual.
 *
 * Decoding is defensive: input comes from a URL anyone can craft. A wrong type, an absurd count or a
 * very long string stops decoding with a {@link PayloadError} naming the path; the final word on validity
 * (references, duplicate ids, schema caps) belongs to `parseDesign`.
 */
import { LIMITS } from '../model/schema';

/** A JSON value of the compact payload. */
export type Compact = unknown;

/** Thrown inside the decoder only, and always caught by `decodeShareLink`. */
export class PayloadError extends Error {
  constructor(
    readonly code: 'wrong-type' | 'too-many' | 'too-long' | 'dangling-reference',
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** Longest string the decoder accepts; longer than any field the schema allows. */
export const MAX_STRING = LIMITS.text;

/** What a codec may look up while encoding: the position of an id in its collection. */
export interface EncodeContext {
  indexOf(collection: string, id: string): number | undefined;
}

/** What a codec may look up while decoding: the id at a position of a collection. */
export interface DecodeContext {
  idAt(collection: string, index: number): string | undefined;
}

/** Encodes one field of `owner`, or decodes it with `partial` holding the fields decoded so far. */
export interface Codec<T> {
  enc(value: T, owner: Record<string, unknown>, ctx: EncodeContext): Compact;
  dec(json: Compact, path: string, partial: Record<string, unknown>, ctx: DecodeContext): T;
}

/** A context with no collections, for codecs that look nothing up. */
export const NO_CONTEXT: EncodeContext & DecodeContext = {
  indexOf: () => undefined,
  idAt: () => undefined,
};

/** The error for a value of the wrong type. */
export function wrongType(path: string, expected: string): PayloadError {
  return new PayloadError('wrong-type', path, `${path}: expected ${expected}.`);
}

/** A string of acceptable length, or a {@link PayloadError}. */
export function decString(json: Compact, path: string): string {
  if (typeof json !== 'string') throw wrongType(path, 'a string');
  if (json.length > MAX_STRING) {
    throw new PayloadError('too-long', path, `${path}: a string of ${json.length} characters is too long.`);
  }
  return json;
}

/** A string, `''` by default. */
export const str: Codec<string> = {
  enc: (v) => (v === '' ? 0 : v),
  dec: (j, path) => (j === 0 ? '' : decString(j, path)),
};

/** A string whose default depends on the entity (e.g. a name that defaults to the id). */
export function strOr(fallback: (owner: Record<string, unknown>) => string): Codec<string> {
  return {
    enc: (v, owner) => (v === fallback(owner) ? 0 : v),
    dec: (j, path, partial) => (j === 0 ? fallback(partial) : decString(j, path)),
  };
}

/** An optional string: absent by default, `''` kept as written. */
export const optStr: Codec<string | undefined> = {
  enc: (v) => (v === undefined ? 0 : v),
  dec: (j, path) => (j === 0 ? undefined : decString(j, path)),
};

/** A finite number (an integer where the schema wants one; the schema checks). */
export const num: Codec<number> = {
  enc: (v) => v,
  dec: (j, path) => {
    if (typeof j !== 'number' || !Number.isFinite(j)) throw wrongType(path, 'a number');
    return j;
  },
};

/** An optional whole number stored plus one, so that `0` can mean absent. */
export const optNum: Codec<number | undefined> = {
  enc: (v) => (v === undefined ? 0 : v + 1),
  dec: (j, path) => (j === 0 ? undefined : num.dec(j, path, {}, NO_CONTEXT) - 1),
};

/** A boolean as `0`/`1`; `whenZero` is the value that costs nothing. */
export function bool(whenZero = false): Codec<boolean> {
  return {
    enc: (v) => (v === whenZero ? 0 : 1),
    dec: (j, path) => {
      if (j !== 0 && j !== 1) throw wrongType(path, '0 or 1');
      return j === 0 ? whenZero : !whenZero;
    },
  };
}

/**
 * One of a fixed list of names, by index. The lists are part of the link format and append-only. A name
 * missing from the list (a newer schema value) travels as text, so encoding never fails.
 */
export function oneOf<T extends string>(values: readonly T[]): Codec<T> {
  return {
    enc: (v) => {
      const i = values.indexOf(v);
      return i < 0 ? v : i;
    },
    dec: (j, path) => {
      if (typeof j === 'string') return decString(j, path) as T;
      if (typeof j !== 'number' || !Number.isInteger(j) || j < 0 || j >= values.length) {
        throw wrongType(path, `an index below ${values.length}`);
      }
      return values[j] as T;
    },
  };
}

/** An optional name of a fixed list: `0` is absent, `n` is `values[n - 1]`. */
export function optOneOf<T extends string>(values: readonly T[]): Codec<T | undefined> {
  const inner = oneOf(values);
  return {
    enc: (v) => {
      if (v === undefined) return 0;
      const j = inner.enc(v, {}, NO_CONTEXT);
      return typeof j === 'number' ? j + 1 : j;
    },
    dec: (j, path) => {
      if (j === 0) return undefined;
      return inner.dec(typeof j === 'number' ? j - 1 : j, path, {}, NO_CONTEXT);
    },
  };
}

/**
 * A reference to an object of `collection`: its position there (small, and repeats compress well), or
 * the id as text when no such object exists, so that a dangling reference survives to be reported.
 */
export function ref(collection: string): Codec<string> {
  return {
    enc: (v, _owner, ctx) => ctx.indexOf(collection, v) ?? v,
    dec: (j, path, _partial, ctx) => {
      if (typeof j === 'string') return decString(j, path);
      if (typeof j !== 'number' || !Number.isInteger(j) || j < 0) throw wrongType(path, 'a reference');
      const id = ctx.idAt(collection, j);
      if (id === undefined) {
        throw new PayloadError(
          'dangling-reference',
          path,
          `${path}: there is no object ${j} in ${collection}.`,
        );
      }
      return id;
    },
  };
}

/** An optional reference: `0` is absent, `n` is position `n - 1`. */
export function optRef(collection: string): Codec<string | undefined> {
  const inner = ref(collection);
  return {
    enc: (v, owner, ctx) => {
      if (v === undefined) return 0;
      const j = inner.enc(v, owner, ctx);
      return typeof j === 'number' ? j + 1 : j;
    },
    dec: (j, path, partial, ctx) =>
      j === 0 ? undefined : inner.dec(typeof j === 'number' ? j - 1 : j, path, partial, ctx),
  };
}

/** Checks that a payload value is a list of acceptable length (the format's own limit for such a list). */
export function checkList(j: Compact, path: string, limit: number = LIMITS.listItems): Compact[] {
  if (!Array.isArray(j)) throw wrongType(path, 'a list');
  if (j.length > limit) {
    throw new PayloadError('too-many', path, `${path}: ${j.length} items; the limit is ${limit}.`);
  }
  return j;
}

/** A list, `[]` by default. */
export function list<T>(item: Codec<T>): Codec<T[]> {
  return {
    enc: (v, owner, ctx) => (v.length === 0 ? 0 : v.map((x) => item.enc(x, owner, ctx))),
    dec: (j, path, partial, ctx) => {
      if (j === 0) return [];
      return checkList(j, path).map((x, i) => item.dec(x, `${path}[${i}]`, partial, ctx));
    },
  };
}

/** An optional value; the inner codec must never encode to `0` (an entity codec never does). */
export function optional<T>(inner: Codec<T>): Codec<T | undefined> {
  return {
    enc: (v, owner, ctx) => (v === undefined ? 0 : inner.enc(v, owner, ctx)),
    dec: (j, path, partial, ctx) => (j === 0 ? undefined : inner.dec(j, path, partial, ctx)),
  };
}

/** A field of an entity codec. */
export interface Field<T> {
  key: keyof T & string;
  codec: Codec<never>;
}

/** Declares a field; the codec's type is checked against the entity's property. */
export function field<T, K extends keyof T & string>(key: K, codec: Codec<T[K]>): Field<T> {
  return { key, codec: codec as unknown as Codec<never> };
}

/**
 * An object as a positional array of its fields, trailing defaults dropped. Fields decoded as
 * `undefined` are left out, so optional properties stay absent rather than present-and-undefined.
 */
export function entity<T>(fields: readonly Field<T>[]): Codec<T> {
  return {
    enc: (v, _owner, ctx) => {
      const owner = v as unknown as Record<string, unknown>;
      return trimDefaults(fields.map((f) => (f.codec as Codec<unknown>).enc(owner[f.key], owner, ctx)));
    },
    dec: (j, path, _partial, ctx) => {
      if (!Array.isArray(j)) throw wrongType(path, 'a list of fields');
      if (j.length > fields.length) throw wrongType(path, `at most ${fields.length} fields`);
      // A null-prototype object: keys come from the format's own field list, never from the payload.
      const partial: Record<string, unknown> = Object.create(null);
      fields.forEach((f, i) => {
        const at = `${path}.${f.key}`;
        const value = (f.codec as Codec<unknown>).dec(i < j.length ? j[i] : 0, at, partial, ctx);
        if (value !== undefined) partial[f.key] = value;
      });
      return { ...partial } as T;
    },
  };
}

/** Drops trailing `0`s (defaults) from a positional array, in place. */
export function trimDefaults(values: Compact[]): Compact[] {
  while (values.length > 0 && values[values.length - 1] === 0) values.pop();
  return values;
}
