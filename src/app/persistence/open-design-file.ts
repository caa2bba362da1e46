/**
 * Turning a picked or dropped file into a design. Readers are tried in order; the design-file (JSON)
 * reader takes whatever no other reader claims, so its loader message explains a wrong file. Images the
 * studio exports with the design embedded plug in here with `registerDesignFileReader`.
 */
import type { Design } from '../../domain/model/schema';
import {
  type DataTransferLike,
  type FileLike,
  readDesignFile,
  readDroppedDesign,
} from '../../platform/design-file';

export type OpenFileResult = { ok: true; design: Design } | { ok: false; message: string };

/** A file as far as readers need it: a name, a size, its text and (from browsers) its MIME type. */
export type OpenedFile = FileLike & { readonly type?: string; arrayBuffer?(): Promise<ArrayBuffer> };

export interface DesignFileReader {
  /** Whether this reader handles the file (by name or type). */
  accepts(file: OpenedFile): boolean;
  read(file: OpenedFile): Promise<OpenFileResult>;
}

const isPng = (file: OpenedFile) => file.type === 'image/png' || /\.png$/i.test(file.name);

/** Until PNG exports carry their design, a PNG gets a plain explanation rather than a JSON error. */
const pngPlaceholder: DesignFileReader = {
  accepts: isPng,
  read: async (file) => ({
    ok: false,
    message: `${file.name} is an image without a design in it. Open the design's .json file instead.`,
  }),
};

const jsonReader: DesignFileReader = {
  accepts: () => true,
  read: async (file) => {
    const result = await readDesignFile(file);
    return result.ok ? { ok: true, design: result.design } : { ok: false, message: result.message };
  },
};

const readers: DesignFileReader[] = [pngPlaceholder, jsonReader];

/** Adds a reader tried before the built-in ones (e.g. PNG exports carrying their design). */
export function registerDesignFileReader(reader: DesignFileReader): () => void {
  readers.unshift(reader);
  return () => {
    const at = readers.indexOf(reader);
    if (at >= 0) readers.splice(at, 1);
  };
}

/** Reads a design from a file; never throws. */
export async function openDesignFile(file: OpenedFile): Promise<OpenFileResult> {
  const reader = readers.find((r) => r.accepts(file)) ?? jsonReader;
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
