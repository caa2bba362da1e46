/**
 * Reading values out of imported resources: tolerant of ARM's camelCase and PowerShell's PascalCase,
 * of `properties` envelopes and of az's flattened objects, and loud about placeholders.
 */
import {
  type ArmObject,
  type ArmValue,
  emptyObject,
  getProperty,
  isArmObject,
  isPlaceholder,
  type Placeholder,
  placeholderText,
} from './arm/values';

/** `o.properties` when present (ARM, REST), else the object itself (az and PowerShell flatten it). */
export function propsOf(o: ArmValue | undefined): ArmObject {
  if (!isArmObject(o)) return emptyObject();
  const p = getProperty(o, 'properties');
  return isArmObject(p) ? p : o;
}

/** Follows a path of keys case-insensitively; undefined when any step is missing. */
export function dig(o: ArmValue | undefined, ...keys: string[]): ArmValue | undefined {
  let cur: ArmValue | undefined = o;
  for (const k of keys) {
    if (!isArmObject(cur)) return undefined;
    cur = getProperty(cur, k);
  }
  return cur;
}

export function asArray(v: ArmValue | undefined): ArmValue[] {
  return Array.isArray(v) ? v : [];
}

/** Called with each placeholder met where the design needs a concrete value. */
export type PlaceholderSink = (field: string, p: Placeholder) => void;

/** A string field: text as is, a placeholder as its visible text (reported), anything else undefined. */
export function readText(
  v: ArmValue | undefined,
  field: string,
  onPlaceholder: PlaceholderSink,
  max = 64,
): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isPlaceholder(v)) {
    onPlaceholder(field, v);
    return placeholderText(v, max);
  }
  return undefined;
}

export function readBool(
  v: ArmValue | undefined,
  field: string,
  fallback: boolean,
  onPlaceholder: PlaceholderSink,
): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (isPlaceholder(v)) onPlaceholder(field, v);
  return fallback;
}

/** The `id` inside a reference object (`{ "id": "/subscriptions/..." }`), a string id, or undefined. */
export function refId(
  v: ArmValue | undefined,
  field: string,
  onPlaceholder: PlaceholderSink,
): string | undefined {
  const id = isArmObject(v) ? getProperty(v, 'id') : v;
  if (typeof id === 'string' && id !== '') return id;
  if (isPlaceholder(id)) onPlaceholder(field, id);
  return undefined;
}

/** Azure region as the design names it: `eastus` from `East US` or `eastus`. */
export function normaliseRegion(text: string): string {
  return text.startsWith('<unknown') ? text : text.replace(/\s+/g, '').toLowerCase();
}
