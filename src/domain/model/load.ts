/**
 * Loading untrusted design documents (files, share links, CLI input): size caps, version migration,
 * schema parsing with JSON paths, and referential integrity. Never throws.
 */

import { checkDesignLimits } from './check-design-limits';
import { DESIGN_LIMITS } from './design-limits';
import { allReferences, kinds, referenceLists, referenceSites } from './kinds';
import type { LoadErrorCode, LoadIssue } from './load-issues';
import { migrateDesign } from './migrations';
import {
  DESIGN_FORMAT,
  DESIGN_VERSION,
  type Design,
  DesignSchema,
  entityCollections,
  LIMITS,
} from './schema';

export type { LoadErrorCode, LoadIssue };

export type LoadResult = { ok: true; design: Design } | { ok: false; errors: LoadIssue[] };

/**
 * Largest JSON text read at all, in characters. The design inside must also fit a file as VNet Studio
 * writes it (`DESIGN_LIMITS.fileText`), which `parseDesign` checks.
 */
export const MAX_DESIGN_TEXT = DESIGN_LIMITS.inputText;

function fail(code: LoadErrorCode, message: string, path = '$'): LoadResult {
  return { ok: false, errors: [{ code, path, message }] };
}

export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** Parses JSON text into a design. */
export function parseDesignJson(textInput: string): LoadResult {
  if (typeof textInput !== 'string') return fail('not-a-design', 'Expected JSON text.');
  if (textInput.length > MAX_DESIGN_TEXT) {
    return fail(
      'too-large',
      `The document is ${textInput.length} characters; the limit is ${MAX_DESIGN_TEXT}.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textInput);
  } catch (e) {
    return fail('invalid-json', `Not valid JSON: ${(e as Error).message}`);
  }
  return parseDesign(raw);
}

/** Checks an already-parsed value (JSON.parse output) and returns a design or every problem found. */
export function parseDesign(raw: unknown): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('not-a-design', 'Expected a JSON object with "format": "vnet-studio/design".');
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== DESIGN_FORMAT) {
    return fail('not-a-design', `Not a VNet Studio design: "format" must be "${DESIGN_FORMAT}".`, '$.format');
  }
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('unknown-version', '"version" must be a whole number from 1.', '$.version');
  }
  if (version > DESIGN_VERSION) {
    return fail(
      'newer-version',
      `This design was saved by a newer VNet Studio (format version ${version}); this one reads up to version ${DESIGN_VERSION}.`,
      '$.version',
    );
  }
  // Cheap counts first, so a hostile document is refused before the schema walks it.
  let total = 0;
  for (const key of entityCollections) {
    const value = obj[key];
    if (Array.isArray(value)) total += value.length;
  }
  if (total > LIMITS.entities) {
    return fail('too-many-entities', `The design has ${total} objects; the limit is ${LIMITS.entities}.`);
  }
  const migrated = migrateDesign(obj);
  if (!migrated.ok) return fail('unknown-version', migrated.message, '$.version');
  // References are counted on the current format, before the schema walks them.
  let references = 0;
  for (const [collection, field] of referenceLists) {
    const owners = migrated.value[collection];
    if (!Array.isArray(owners)) continue;
    for (let i = 0; i < owners.length; i++) {
      const owner: unknown = owners[i];
      const list =
        typeof owner === 'object' && owner !== null ? (owner as Record<string, unknown>)[field] : undefined;
      if (!Array.isArray(list)) continue;
      references += list.length;
      if (list.length > LIMITS.referencesPerList) {
        return fail(
          'too-many-references',
          `${list.length} references; one object refers to at most ${LIMITS.referencesPerList} others in one list.`,
          `$.${collection}[${i}].${field}`,
        );
      }
    }
  }
  if (references > LIMITS.references) {
    return fail(
      'too-many-references',
      `The design holds ${references} references between objects; the limit is ${LIMITS.references}.`,
    );
  }
  const parsed = DesignSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, 20).map((issue) => ({
      code: 'schema' as const,
      path: formatPath(issue.path),
      message: missingField(migrated.value, issue.path) ?? issue.message,
    }));
    return { ok: false, errors };
  }
  const refErrors = checkReferences(parsed.data);
  if (refErrors.length > 0) return { ok: false, errors: refErrors.slice(0, 20) };
  // The limits the studio checks before saving: what opens here can be saved and opened again.
  const limits = checkDesignLimits(parsed.data);
  if (!limits.ok) return { ok: false, errors: limits.issues };
  return { ok: true, design: parsed.data };
}

/**
 * `missing field "name"` when the value at `path` is absent from its object (zod says "expected string,
 * received undefined"), else undefined.
 */
function missingField(root: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  const key = path.at(-1);
  if (typeof key !== 'string') return undefined;
  let parent: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return undefined;
    parent = (parent as Record<PropertyKey, unknown>)[segment];
  }
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return undefined;
  return Object.hasOwn(parent, key) ? undefined : `missing field ${JSON.stringify(key)}`;
}

/** Duplicate ids (across all collections) and references to ids that do not exist. */
export function checkReferences(design: Design): LoadIssue[] {
  const errors: LoadIssue[] = [];
  const kindOf = new Map<string, string>();
  for (const key of entityCollections) {
    design[key].forEach((entity, i) => {
      if (kindOf.has(entity.id)) {
        errors.push({
          code: 'duplicate-id',
          path: `$.${key}[${i}].id`,
          message: `The id "${entity.id}" is used twice (also by an object in ${kindOf.get(entity.id)}).`,
        });
      } else kindOf.set(entity.id, key);
    });
  }
  const expect = (refId: string, collection: string, path: string) => {
    const actual = kindOf.get(refId);
    if (actual !== collection) {
      errors.push({
        code: 'dangling-reference',
        path,
        message:
          actual === undefined
            ? `"${refId}" refers to no object in ${collection}.`
            : `"${refId}" is in ${actual}, but an object in ${collection} is expected here.`,
      });
    }
  };
  for (const ref of allReferences) {
    const holder = kinds[ref.holder].collection;
    const target = kinds[ref.target].collection;
    (design[holder] as readonly unknown[]).forEach((entity, i) => {
      for (const site of referenceSites(entity, ref))
        expect(site.id, target, formatPath([holder, i, ...site.at]));
    });
  }
  for (const key of Object.keys(design.layout)) {
    if (!kindOf.has(key)) {
      errors.push({
        code: 'dangling-reference',
        path: formatPath(['layout', key]),
        message: `The layout places "${key}", which is no object.`,
      });
    }
  }
  return errors;
}

/** A one-paragraph description of load errors for people. */
export function describeLoadErrors(errors: readonly LoadIssue[]): string {
  return errors.map((e) => (e.path === '$' ? e.message : `${e.path}: ${e.message}`)).join('\n');
}
