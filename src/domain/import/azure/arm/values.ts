/**
 * Values of the ARM template language: JSON values, plus the two things only an evaluator holds — a
 * placeholder for what can't be known offline, and a lambda. Placeholders flow through expressions
 * (any function given one returns one) so that an unknown parameter never aborts an import.
 */

/** What can't be known without a deployment: `reference()`, `list*()`, `utcNow()`, a parameter without a value. */
export interface Placeholder {
  readonly kind: 'placeholder';
  /** The expression or construct that could not be evaluated, e.g. `parameters('vnetPrefix')`. */
  readonly reason: string;
}

export interface Lambda {
  readonly kind: 'lambda';
  readonly params: readonly string[];
  readonly body: import('./expression-parser').ArmNode;
}

export type ArmValue =
  | null
  | boolean
  | number
  | string
  | ArmValue[]
  | { [key: string]: ArmValue }
  | Placeholder
  | Lambda;

export type ArmObject = { [key: string]: ArmValue };

const PLACEHOLDER_TAG = Symbol('arm-placeholder');

export function placeholder(reason: string): Placeholder {
  const p = { kind: 'placeholder' as const, reason: reason.slice(0, 200) };
  Object.defineProperty(p, PLACEHOLDER_TAG, { value: true });
  return p;
}

export function isPlaceholder(v: unknown): v is Placeholder {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[PLACEHOLDER_TAG] === true;
}

const LAMBDA_TAG = Symbol('arm-lambda');

export function lambda(params: readonly string[], body: Lambda['body']): Lambda {
  const l = { kind: 'lambda' as const, params, body };
  Object.defineProperty(l, LAMBDA_TAG, { value: true });
  return l;
}

export function isLambda(v: unknown): v is Lambda {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[LAMBDA_TAG] === true;
}

/** A plain JSON object (not an array, placeholder or lambda). */
export function isArmObject(v: unknown): v is ArmObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isPlaceholder(v) && !isLambda(v);
}

/** A fresh object without a prototype, so that keys such as `__proto__` from a file stay plain keys. */
export function emptyObject(): ArmObject {
  return Object.create(null) as ArmObject;
}

/** Own property lookup, exact first, then case-insensitive as ARM does. */
export function getProperty(obj: ArmObject, key: string): ArmValue | undefined {
  if (Object.hasOwn(obj, key)) return obj[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return obj[k];
  return undefined;
}

/** Whether a value (deeply) holds a placeholder. */
export function containsPlaceholder(v: ArmValue, depth = 0): boolean {
  if (depth > 64) return false;
  if (isPlaceholder(v)) return true;
  if (Array.isArray(v)) return v.some((x) => containsPlaceholder(x, depth + 1));
  if (isArmObject(v)) return Object.values(v).some((x) => containsPlaceholder(x, depth + 1));
  return false;
}

/** ARM's type names, as `type` conversions and error messages use them. */
export function typeOf(v: ArmValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (isPlaceholder(v)) return 'placeholder';
  if (isLambda(v)) return 'lambda';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'string' ? 'string' : 'object';
}

/** Deep equality as `equals()` defines it (strings case-sensitive; object keys as written). */
export function deepEqual(a: ArmValue, b: ArmValue, depth = 0): boolean {
  if (depth > 64) return false;
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i] as ArmValue, depth + 1));
  if (isArmObject(a) && isArmObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k] as ArmValue, b[k] as ArmValue, depth + 1))
    );
  }
  return false;
}

/** Converts parsed JSON into ARM values with prototype-free objects. */
export function fromJson(v: unknown, depth = 0): ArmValue {
  if (depth > 200) return placeholder('nesting too deep');
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => fromJson(x, depth + 1));
  if (typeof v === 'object') {
    const out = emptyObject();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(x, depth + 1);
    return out;
  }
  return null;
}

/** The text a placeholder shows where the design needs a string. */
export function placeholderText(p: Placeholder, max = 64): string {
  const text = `<unknown: ${p.reason}>`;
  return text.length <= max ? text : `${text.slice(0, max - 2)}…>`;
}
