/**
 * Array and object functions, and those that work on strings, arrays and objects alike.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-array
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-object
 */
import { ArmEvalError } from '../errors';
import { MAX_BUILT_LENGTH, MAX_RANGE } from '../evaluate';
import {
  type ArmObject,
  type ArmValue,
  deepEqual,
  emptyObject,
  getProperty,
  isArmObject,
  isPlaceholder,
  placeholder,
} from '../values';
import { type ArmFunction, arity, arr, int, obj, str } from './args';
import { toArmString, toJson } from './string';

function checkSize(n: number): void {
  if (n > MAX_BUILT_LENGTH) throw new ArmEvalError('the result is too large');
}

function unionObjects(objects: ArmObject[], deep: boolean, depth = 0): ArmObject {
  const out = emptyObject();
  for (const o of objects) {
    for (const [k, v] of Object.entries(o)) {
      const prev = out[k];
      out[k] =
        deep && depth < 32 && isArmObject(prev) && isArmObject(v)
          ? unionObjects([prev, v], deep, depth + 1)
          : v;
    }
  }
  return out;
}

const keyOf = (v: ArmValue) => JSON.stringify(toJson(v));

/** Appends the items not already there (by value), in linear time. */
function uniqueAppend(out: ArmValue[], items: readonly ArmValue[], seen: Set<string>): void {
  for (const x of items) {
    const key = keyOf(x);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(x);
  }
}

export const collectionFunctions: Record<string, ArmFunction> = {
  array: (a) => (arity('array', a, 1), Array.isArray(a[0]) ? a[0] : [a[0] as ArmValue]),
  createarray: (a) => [...a],
  createobject: (a) => {
    if (a.length % 2 !== 0) throw new ArmEvalError('createObject() takes key/value pairs');
    const out = emptyObject();
    for (let i = 0; i < a.length; i += 2) {
      const key = a[i] as ArmValue;
      if (isPlaceholder(key)) return placeholder('createObject() with an unknown key');
      out[str('createObject', key)] = a[i + 1] as ArmValue;
    }
    return out;
  },
  concat: (a) => {
    if (a.length === 0) return [];
    if (Array.isArray(a[0]) || a.every((x) => Array.isArray(x) || x === null)) {
      const out: ArmValue[] = [];
      for (const x of a) {
        if (x === null) continue;
        if (isPlaceholder(x)) return placeholder('concat() of an unknown array');
        out.push(...arr('concat', x));
        checkSize(out.length);
      }
      return out;
    }
    if (a.some(isPlaceholder)) return placeholder('concat() of an unknown value');
    const s = a.map((x) => toArmString(x)).join('');
    checkSize(s.length);
    return s;
  },
  contains: (a) => {
    arity('contains', a, 2);
    const [c, item] = a as [ArmValue, ArmValue];
    if (isPlaceholder(c) || isPlaceholder(item)) return placeholder('contains() of an unknown value');
    if (typeof c === 'string') return c.includes(toArmString(item));
    if (Array.isArray(c)) return c.some((x) => deepEqual(x, item));
    if (isArmObject(c)) return getProperty(c, str('contains', item)) !== undefined;
    throw new ArmEvalError('contains() expects a string, array or object');
  },
  empty: (a) => {
    arity('empty', a, 1);
    const v = a[0] as ArmValue;
    if (isPlaceholder(v)) return placeholder('empty() of an unknown value');
    if (v === null) return true;
    if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
    if (isArmObject(v)) return Object.keys(v).length === 0;
    throw new ArmEvalError('empty() expects a string, array or object');
  },
  first: (a) => {
    arity('first', a, 1);
    const v = a[0] as ArmValue;
    if (isPlaceholder(v)) return v;
    if (typeof v === 'string') return v.slice(0, 1);
    const items = arr('first', v);
    return items.length ? (items[0] as ArmValue) : null;
  },
  last: (a) => {
    arity('last', a, 1);
    const v = a[0] as ArmValue;
    if (isPlaceholder(v)) return v;
    if (typeof v === 'string') return v.slice(-1);
    const items = arr('last', v);
    return items.length ? (items[items.length - 1] as ArmValue) : null;
  },
  flatten: (a) => {
    arity('flatten', a, 1);
    return arr('flatten', a[0]).flatMap((x) => arr('flatten', x));
  },
  indexof: (a) => {
    arity('indexOf', a, 2);
    const [c, item] = a as [ArmValue, ArmValue];
    if (typeof c === 'string') return c.toLowerCase().indexOf(str('indexOf', item).toLowerCase());
    return arr('indexOf', c).findIndex((x) => deepEqual(x, item));
  },
  lastindexof: (a) => {
    arity('lastIndexOf', a, 2);
    const [c, item] = a as [ArmValue, ArmValue];
    if (typeof c === 'string') return c.toLowerCase().lastIndexOf(str('lastIndexOf', item).toLowerCase());
    const items = arr('lastIndexOf', c);
    for (let i = items.length - 1; i >= 0; i--) if (deepEqual(items[i] as ArmValue, item)) return i;
    return -1;
  },
  length: (a) => {
    arity('length', a, 1);
    const v = a[0] as ArmValue;
    if (isPlaceholder(v)) return placeholder('length() of an unknown value');
    if (typeof v === 'string' || Array.isArray(v)) return v.length;
    if (isArmObject(v)) return Object.keys(v).length;
    throw new ArmEvalError('length() expects a string, array or object');
  },
  skip: (a) => {
    arity('skip', a, 2);
    const v = a[0] as ArmValue;
    if (isPlaceholder(v)) return v;
    const n = Math.max(0, int('skip', a[1]));
    if (typeof v === 'string') return v.slice(n);
    return arr('skip', v).slice(n);
  },
  take: (a) => {
    arity('take', a, 2);
    const v = a[0] as ArmValue;
    if (isPlaceholder(v)) return v;
    const n = Math.max(0, int('take', a[1]));
    if (typeof v === 'string') return v.slice(0, n);
    return arr('take', v).slice(0, n);
  },
  range: (a) => {
    arity('range', a, 2);
    const start = int('range', a[0]);
    const count = int('range', a[1]);
    if (count < 0 || count > MAX_RANGE)
      throw new ArmEvalError(`range() count ${count} is outside 0–${MAX_RANGE}`);
    return Array.from({ length: count }, (_, i) => start + i);
  },
  union: (a) => {
    if (a.length === 0) throw new ArmEvalError('union() needs arguments');
    if (a.some(isPlaceholder)) return placeholder('union() of an unknown value');
    if (a.every(Array.isArray)) {
      const out: ArmValue[] = [];
      const seen = new Set<string>();
      for (const x of a) uniqueAppend(out, x as ArmValue[], seen);
      checkSize(out.length);
      return out;
    }
    return unionObjects(
      a.map((x) => obj('union', x)),
      true,
    );
  },
  shallowmerge: (a) => {
    arity('shallowMerge', a, 1);
    return unionObjects(
      arr('shallowMerge', a[0]).map((x) => obj('shallowMerge', x)),
      false,
    );
  },
  intersection: (a) => {
    if (a.length < 2) throw new ArmEvalError('intersection() needs two or more arguments');
    if (a.every(Array.isArray)) {
      const [head, ...rest] = a as ArmValue[][];
      const others = rest.map((list) => new Set(list.map(keyOf)));
      const out: ArmValue[] = [];
      const seen = new Set<string>();
      for (const x of head ?? []) {
        const key = keyOf(x);
        if (others.every((o) => o.has(key)) && !seen.has(key)) {
          seen.add(key);
          out.push(x);
        }
      }
      return out;
    }
    const objects = a.map((x) => obj('intersection', x));
    const out = emptyObject();
    for (const [k, v] of Object.entries(objects[0] as ArmObject)) {
      if (objects.every((o) => Object.hasOwn(o, k) && deepEqual(o[k] as ArmValue, v))) out[k] = v;
    }
    return out;
  },
  items: (a) => {
    arity('items', a, 1);
    const o = obj('items', a[0]);
    return Object.keys(o)
      .sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0))
      .map((k) => {
        const item = emptyObject();
        item.key = k;
        item.value = o[k] as ArmValue;
        return item;
      });
  },
  objectkeys: (a) => (arity('objectKeys', a, 1), Object.keys(obj('objectKeys', a[0]))),
  tryget: (a) => {
    arity('tryGet', a, 2, Number.POSITIVE_INFINITY);
    let cur = a[0] as ArmValue;
    for (const key of a.slice(1)) {
      if (isPlaceholder(cur)) return cur;
      if (isPlaceholder(key)) return key;
      if (Array.isArray(cur) && typeof key === 'number') cur = cur[key] ?? null;
      else if (isArmObject(cur) && typeof key === 'string') cur = getProperty(cur, key) ?? null;
      else return null;
    }
    return cur;
  },
  indexfromend: (a) => {
    arity('indexFromEnd', a, 2);
    const items = arr('indexFromEnd', a[0]);
    const i = int('indexFromEnd', a[1]);
    if (i < 1 || i > items.length) throw new ArmEvalError('indexFromEnd() is out of range');
    return items[items.length - i] as ArmValue;
  },
  tryindexfromend: (a) => {
    arity('tryIndexFromEnd', a, 2);
    const items = arr('tryIndexFromEnd', a[0]);
    const i = int('tryIndexFromEnd', a[1]);
    return i < 1 || i > items.length ? null : (items[items.length - i] as ArmValue);
  },
  null: () => null,
};
