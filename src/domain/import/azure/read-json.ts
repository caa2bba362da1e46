/**
 * Reads JSON the way ARM does: comments, trailing commas and line breaks inside strings are accepted.
 * Objects are built without prototypes, so a key such as `__proto__` stays an ordinary key.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax#comments-and-metadata
 */
import { type ParseError, printParseErrorCode, visit } from 'jsonc-parser';
import type { ArmValue } from './arm/values';

/** Largest file read, in characters (the studio reads files up to 20 MB). */
export const MAX_IMPORT_TEXT = 20 * 1024 * 1024;
/** Deepest nesting accepted. */
export const MAX_JSON_DEPTH = 200;

export type ReadJsonResult = { ok: true; value: ArmValue } | { ok: false; message: string };

/** Escapes raw line breaks and tabs inside strings (ARM accepts them; JSON does not). */
export function escapeBreaksInStrings(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      else if (c === 10 || c === 13 || c === 9) {
        out += `${text.slice(from, i)}${c === 10 ? '\\n' : c === 13 ? '\\r' : '\\t'}`;
        from = i + 1;
      }
    } else if (c === 34) inString = true;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Parses tolerant JSON; never throws. */
export function readJson(input: string): ReadJsonResult {
  if (typeof input !== 'string') return { ok: false, message: 'Expected text.' };
  if (input.length > MAX_IMPORT_TEXT) {
    return {
      ok: false,
      message: `The file is ${(input.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_TEXT / 1024 / 1024} MB.`,
    };
  }
  const text = escapeBreaksInStrings(input.replace(/^\uFEFF/, ''));
  const stack: Array<{ container: ArmValue[] | Record<string, ArmValue>; key?: string }> = [];
  let root: ArmValue | undefined;
  let pendingKey: string | undefined;
  let tooDeep = false;
  const errors: ParseError[] = [];
  const put = (v: ArmValue) => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (root === undefined) root = v;
      return;
    }
    if (Array.isArray(top.container)) top.container.push(v);
    else if (pendingKey !== undefined) {
      top.container[pendingKey] = v;
      pendingKey = undefined;
    }
  };
  const open = (container: ArmValue[] | Record<string, ArmValue>) => {
    if (stack.length >= MAX_JSON_DEPTH) tooDeep = true;
    const key = pendingKey;
    put(container as ArmValue);
    stack.push({ container, key });
    pendingKey = undefined;
  };
  try {
    visitJson(text);
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: 'The JSON nests too deeply to read.' };
    throw e;
  }
  function visitJson(text: string) {
    visit(
      text,
      {
        onObjectBegin: () => open(Object.create(null) as Record<string, ArmValue>),
        onObjectProperty: (property) => {
          pendingKey = property;
        },
        onObjectEnd: () => {
          stack.pop();
        },
        onArrayBegin: () => open([]),
        onArrayEnd: () => {
          stack.pop();
        },
        onLiteralValue: (value) => put(value as ArmValue),
        onError: (error, offset) => {
          if (errors.length < 5) errors.push({ error, offset, length: 0 });
        },
      },
      { allowTrailingComma: true, disallowComments: false },
    );
  }
  if (tooDeep) return { ok: false, message: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels.` };
  if (errors.length > 0 || root === undefined) {
    const first = errors[0];
    const where = first ? lineColumn(text, first.offset) : '';
    return {
      ok: false,
      message: `Not valid JSON${first ? `: ${printParseErrorCode(first.error)} at ${where}` : ''}.`,
    };
  }
  return { ok: true, value: root };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
