/**
 * Design files: save the current design as `.json` (the documented format, pretty-printed) and open one
 * from a file picker or a drop. A file's size is checked before its text is read.
 */
import {
  checkDesignFileSize,
  type ImportResult,
  importDesignJson,
  importDesignText,
  serializeDesign,
} from '../domain/import/import-design';
import { designSlug } from '../domain/model/design-slug';
import type { Design } from '../domain/model/schema';

/** A file name for the design: its name in lower-case words, `.json`. */
export function designFileName(design: Design): string {
  return `${designSlug(design)}.json`;
}

/** The downloadable file of a design. */
export function designBlob(design: Design): Blob {
  return new Blob([serializeDesign(design)], { type: 'application/json' });
}

/** Saves the design through the browser's download (no server involved). */
export function downloadDesign(design: Design, doc: Document = globalThis.document): void {
  const url = URL.createObjectURL(designBlob(design));
  const link = doc.createElement('a');
  link.href = url;
  link.download = designFileName(design);
  link.rel = 'noopener';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The parts of a `File` used here, so tests can pass a plain object. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** Reads a design file; refuses files over the size cap without reading them. Never throws. */
export async function readDesignFile(file: FileLike): Promise<ImportResult> {
  const tooLarge = checkDesignFileSize(file.size, file.name);
  if (tooLarge) return { ok: false, source: 'file', code: 'too-large', message: tooLarge };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return {
      ok: false,
      source: 'file',
      code: 'not-a-design',
      message: `${file.name} could not be read (${(e as Error).message}).`,
    };
  }
  return importDesignJson(text);
}

/** The parts of a `DataTransfer` used here. */
export interface DataTransferLike {
  readonly files: ArrayLike<FileLike>;
  getData(format: string): string;
}

/**
 * A design from a drop: the first file, else dropped text (a share link or design JSON), or `undefined`
 * when the drop carries neither.
 */
export async function readDroppedDesign(data: DataTransferLike): Promise<ImportResult | undefined> {
  const file = data.files[0];
  if (file) return readDesignFile(file);
  // A URI list may hold several lines and `#` comments; its first URI is the one dropped.
  const uri = data
    .getData('text/uri-list')
    .split(/\r?\n/)
    .find((line) => line.trim() !== '' && !line.startsWith('#'));
  const text = uri ?? data.getData('text/plain');
  return text.trim() ? importDesignText(text) : undefined;
}

/** Opens the browser's file picker for a design (`.json`, or a PNG exported by the studio); resolves with the chosen file, if any. */
export function pickDesignFile(doc: Document = globalThis.document): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json,.png,image/png';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? undefined), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}
