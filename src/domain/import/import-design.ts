/**
 * One entry point for designs that arrive from outside: a design file's text or a share link (URL,
 * `#fragment` or bare `d1.…`). Results are typed errors the UI and the CLI show as they are; nothing
 * here throws.
 */
import { describeLoadErrors, type LoadIssue, MAX_DESIGN_TEXT, parseDesignJson } from '../model/load';
import type { Design } from '../model/schema';
import { serializeDesign } from '../model/serialize-design';
import type { ShareErrorCode } from '../share/share-link';

/**
 * Largest design file read at all, in bytes; checked on the file's size before its text is read. The
 * design inside must then fit a file as VNet Studio writes it (`DESIGN_LIMITS.fileText`).
 */
export const MAX_DESIGN_FILE_BYTES = MAX_DESIGN_TEXT;

export type ImportSource = 'file' | 'link';

export type ImportResult =
  | { ok: true; design: Design; source: ImportSource }
  | {
      ok: false;
      source: ImportSource;
      code: ShareErrorCode;
      message: string;
      issues?: LoadIssue[];
    };

/**
 * A design from the text of a design file (JSON in the documented format).
 * @example importDesignJson('{}').ok === false
 */
export function importDesignJson(text: string): ImportResult {
  const result = parseDesignJson(text);
  if (result.ok) return { ok: true, design: result.design, source: 'file' };
  const code = result.errors[0]?.code ?? 'schema';
  return {
    ok: false,
    source: 'file',
    code,
    message: `This file is not a valid VNet Studio design:\n${describeLoadErrors(result.errors)}`,
    issues: result.errors,
  };
}

/** The message for a file refused on its size alone, or `undefined` when the size is acceptable. */
export function checkDesignFileSize(bytes: number, name = 'The file'): string | undefined {
  if (bytes <= MAX_DESIGN_FILE_BYTES) return undefined;
  return `${name} is ${(bytes / 1024 / 1024).toFixed(1)} MB; a design file is at most ${MAX_DESIGN_FILE_BYTES / 1024 / 1024} MB.`;
}

/** Whether text looks like a design document rather than a link (a JSON object). */
export function looksLikeDesignJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * A design from pasted or dropped text: JSON when it starts with `{`, otherwise a share link.
 * @example (await importDesignText('not a link')).ok === false
 */
export async function importDesignText(text: string): Promise<ImportResult> {
  if (looksLikeDesignJson(text)) return importDesignJson(text);
  // The link decoder (and its inflater) loads when a link arrives, not with the studio's first screen.
  const { decodeShareLink } = await import('../share/share-link');
  const result = await decodeShareLink(text);
  if (result.ok) return { ok: true, design: result.design, source: 'link' };
  return { ...result, source: 'link' };
}

export { serializeDesign };
