/**
 * String functions.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-string
 */
import { ArmEvalError } from '../errors';
import { MAX_BUILT_LENGTH } from '../evaluate';
import {
  type ArmValue,
  emptyObject,
  fromJson,
  isArmObject,
  isLambda,
  isPlaceholder,
  placeholder,
} from '../values';
import { type ArmFunction, arity, int, str } from './args';

/** ARM's `string()`: JSON for objects and arrays, .NET's `True`/`False` for booleans. */
export function toArmString(v: ArmValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (v === null) return '';
  return JSON.stringify(toJson(v));
}

export function toJson(v: ArmValue): unknown {
  if (isPlaceholder(v)) return `<unknown: ${v.reason}>`;
  if (isLambda(v)) return null;
  if (Array.isArray(v)) return v.map(toJson);
  if (isArmObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

function limit(s: string): string {
  if (s.length > MAX_BUILT_LENGTH) throw new ArmEvalError('the string is too long');
  return s;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function base64Encode(s: string): string {
  let binary = '';
  for (const b of utf8(s)) binary += String.fromCharCode(b);
  return btoa(binary);
}

function base64Decode(s: string): string {
  let binary: string;
  try {
    binary = atob(s);
  } catch {
    throw new ArmEvalError('not valid base64');
  }
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** .NET composite formatting as `format()` uses it: `{0}`, `{0:N0}`, `{0,5}`, `{{` and `}}`. */
export function formatComposite(template: string, values: readonly ArmValue[]): string {
  return limit(
    template.replace(/\{\{|\}\}|\{(\d+)(?:,(-?\d+))?(?::([^}]*))?\}/g, (m, index, align, spec) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      const v = values[Number(index)];
      if (v === undefined) throw new ArmEvalError(`format() has no argument {${index}}`);
      let text = typeof v === 'number' && spec ? formatNumber(v, spec) : toArmString(v);
      if (align) {
        const width = Math.min(Math.abs(Number(align)), 1000);
        text = Number(align) < 0 ? text.padEnd(width) : text.padStart(width);
      }
      return text;
    }),
  );
}

function formatNumber(v: number, spec: string): string {
  const kind = spec[0]?.toUpperCase();
  const digits = spec.length > 1 ? Math.min(Number(spec.slice(1)) || 0, 20) : undefined;
  switch (kind) {
    case 'N':
      return v.toLocaleString('en-US', {
        minimumFractionDigits: digits ?? 2,
        maximumFractionDigits: digits ?? 2,
      });
    case 'F':
      return v.toFixed(digits ?? 2);
    case 'D':
      return String(Math.trunc(v)).padStart(digits ?? 0, '0');
    case 'X':
      return (Math.trunc(v) >>> 0)
        .toString(16)
        [spec[0] === 'X' ? 'toUpperCase' : 'toLowerCase']()
        .padStart(digits ?? 0, '0');
    case 'P':
      return `${(v * 100).toLocaleString('en-US', { minimumFractionDigits: digits ?? 2, maximumFractionDigits: digits ?? 2 })} %`;
    default:
      return String(v);
  }
}

/** A stable 64-bit FNV-1a hash of the text, as two 32-bit halves. */
function hash64(text: string, seed = 0): [number, number] {
  let h1 = 0x811c9dc5 ^ seed;
  let h2 = 0x01000193 ^ (seed * 31);
  for (const b of utf8(text)) {
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ b, 0x5bd1e995) >>> 0;
  }
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * A deterministic stand-in for `uniqueString()` (13 characters of [a-z0-9], same inputs → same output).
 * Azure's own value comes from an undocumented hash; names built from it differ from the deployed ones.
 */
function uniqueString(parts: readonly string[]): string {
  const [a, b] = hash64(parts.join('-'));
  return (a.toString(36) + b.toString(36)).padEnd(13, '0').slice(0, 13);
}

/** A deterministic stand-in for `guid()` in GUID format (Azure's own value uses an undocumented namespace). */
function guid(parts: readonly string[]): string {
  const text = parts.join('-');
  const hex = [0, 1, 2, 3]
    .map((seed) =>
      hash64(text, seed + 1)[0]
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function uriCombine(base: string, relative: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative)) return relative;
  let url: URL;
  try {
    url = new URL(relative, base);
  } catch {
    throw new ArmEvalError(`uri() cannot combine "${base}" and "${relative}"`);
  }
  return url.toString();
}

export const stringFunctions: Record<string, ArmFunction> = {
  base64: (a) => (arity('base64', a, 1), base64Encode(str('base64', a[0]))),
  base64tostring: (a) => (arity('base64ToString', a, 1), base64Decode(str('base64ToString', a[0]))),
  base64tojson: (a) => {
    arity('base64ToJson', a, 1);
    return parseJsonText(base64Decode(str('base64ToJson', a[0])));
  },
  datauri: (a) => {
    arity('dataUri', a, 1);
    return `data:text/plain;charset=utf8;base64,${base64Encode(toArmString(a[0] as ArmValue))}`;
  },
  datauritostring: (a) => {
    arity('dataUriToString', a, 1);
    const m = /^data:[^,]*?(;base64)?,(.*)$/s.exec(str('dataUriToString', a[0]));
    if (!m) throw new ArmEvalError('dataUriToString() expects a data URI');
    return m[1] ? base64Decode(m[2] ?? '') : decodeURIComponent(m[2] ?? '');
  },
  endswith: (a) => {
    arity('endsWith', a, 2);
    return str('endsWith', a[0]).toLowerCase().endsWith(str('endsWith', a[1]).toLowerCase());
  },
  startswith: (a) => {
    arity('startsWith', a, 2);
    return str('startsWith', a[0]).toLowerCase().startsWith(str('startsWith', a[1]).toLowerCase());
  },
  format: (a) => {
    arity('format', a, 1, Number.POSITIVE_INFINITY);
    return formatComposite(str('format', a[0]), a.slice(1));
  },
  guid: (a) => {
    arity('guid', a, 1, Number.POSITIVE_INFINITY);
    return guid(a.map((x) => str('guid', x)));
  },
  uniquestring: (a) => {
    arity('uniqueString', a, 1, Number.POSITIVE_INFINITY);
    return uniqueString(a.map((x) => str('uniqueString', x)));
  },
  newguid: () => placeholder('newGuid()'),
  utcnow: (a) => placeholder(a.length ? `utcNow('${toArmString(a[0] as ArmValue)}')` : 'utcNow()'),
  padleft: (a) => {
    arity('padLeft', a, 2, 3);
    const s = toArmString(a[0] as ArmValue);
    const width = int('padLeft', a[1]);
    if (width > MAX_BUILT_LENGTH) throw new ArmEvalError('padLeft() width is too large');
    const pad = a[2] === undefined ? ' ' : str('padLeft', a[2]);
    if (pad.length !== 1) throw new ArmEvalError('padLeft() pads with one character');
    return s.padStart(width, pad);
  },
  replace: (a) => {
    arity('replace', a, 3);
    const s = str('replace', a[0]);
    const from = str('replace', a[1]);
    if (from === '') throw new ArmEvalError('replace() cannot replace an empty string');
    return limit(s.split(from).join(str('replace', a[2])));
  },
  split: (a) => {
    arity('split', a, 2);
    const s = str('split', a[0]);
    const seps = Array.isArray(a[1]) ? a[1].map((x) => str('split', x)) : [str('split', a[1])];
    let parts = [s];
    for (const sep of seps) if (sep !== '') parts = parts.flatMap((p) => p.split(sep));
    return parts;
  },
  substring: (a) => {
    arity('substring', a, 2, 3);
    const s = str('substring', a[0]);
    const start = int('substring', a[1]);
    const length = a[2] === undefined ? s.length - start : int('substring', a[2]);
    if (start < 0 || length < 0 || start + length > s.length)
      throw new ArmEvalError(
        `substring() range ${start}+${length} is outside a string of length ${s.length}`,
      );
    return s.slice(start, start + length);
  },
  tolower: (a) => (arity('toLower', a, 1), str('toLower', a[0]).toLowerCase()),
  toupper: (a) => (arity('toUpper', a, 1), str('toUpper', a[0]).toUpperCase()),
  trim: (a) => (arity('trim', a, 1), str('trim', a[0]).trim()),
  uri: (a) => (arity('uri', a, 2), uriCombine(str('uri', a[0]), str('uri', a[1]))),
  uricomponent: (a) => (arity('uriComponent', a, 1), encodeURIComponent(str('uriComponent', a[0]))),
  uricomponenttostring: (a) => {
    arity('uriComponentToString', a, 1);
    try {
      return decodeURIComponent(str('uriComponentToString', a[0]));
    } catch {
      throw new ArmEvalError('uriComponentToString() got a malformed component');
    }
  },
  string: (a) => {
    arity('string', a, 1);
    const v = a[0] as ArmValue;
    return isPlaceholder(v) ? v : toArmString(v);
  },
  json: (a) => {
    arity('json', a, 1);
    const v = a[0] as ArmValue;
    return isPlaceholder(v) ? v : parseJsonText(str('json', v));
  },
};

/** `json()`: JSON text to a value; `'null'` gives null. */
export function parseJsonText(text: string): ArmValue {
  if (text.length > MAX_BUILT_LENGTH) throw new ArmEvalError('json() text is too long');
  try {
    return fromJson(JSON.parse(text));
  } catch {
    throw new ArmEvalError('json() got text that is not JSON');
  }
}

export { emptyObject };
