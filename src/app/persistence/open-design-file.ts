/**
 * Turning a picked or dropped file into a design. Readers are tried in order; the design-file (JSON)
 * reader takes whatever no other reader claims, so its loader message explains a wrong file. Which
 * readers there are is composed in one place, `design-file-readers.ts`; nothing registers itself.
 */
import type { Design } from '../../domain/model/schema';
import { type DataTransferLike, type FileLike, readDroppedDesign } from '../../platform/design-file';
import { designFileReaders, jsonDesignReader } from './design-file-readers';

export type OpenFileResult = { ok: true; design: Design } | { ok: false; message: string };

/** A file as far as readers need it: a name, a size, its text and (from browsers) its MIME type. */
export type OpenedFile = FileLike & { readonly type?: string; arrayBuffer?(): Promise<ArrayBuffer> };

export interface DesignFileReader {
  /** Whether this reader handles the file (by name or type). */
  accepts(file: OpenedFile): boolean;
  read(file: OpenedFile): Promise<OpenFileResult>;
}

/** Reads a design from a file with the first reader that accepts it; never throws. */
export async function openDesignFile(
  file: OpenedFile,
  readers: readonly DesignFileReader[] = designFileReaders,
): Promise<OpenFileResult> {
  const reader = readers.find((r) => r.accepts(file)) ?? jsonDesignReader;
  try {
    return await reader.read(file);
  } catch (e) {
    return {
      ok: false,
      message: `${file.name} could not be opened (${(e as Error)?.message ?? String(e)}).`,
    };
  }
}

/**
 * A design from a drop: its first file through the readers above, else a dropped link; `undefined`
 * when the drop carries neither.
 */
export async function openDroppedDesign(
  data: DataTransferLike & { files: ArrayLike<OpenedFile> },
): Promise<OpenFileResult | undefined> {
  const file = data.files[0];
  if (file) return openDesignFile(file);
  const result = await readDroppedDesign(data);
  if (!result) return undefined;
  return result.ok ? { ok: true, design: result.design } : { ok: false, message: result.message };
}
