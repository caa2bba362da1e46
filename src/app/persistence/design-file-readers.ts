/**
 * The studio's file readers, composed here explicitly (no reader registers itself as a side effect of
 * being imported): PNGs the studio exported open the design inside them, everything else is read as a
 * design file, whose loader message explains a wrong file.
 */
import { readDesignFile } from '../../platform/design-file';
import type { DesignFileReader } from './open-design-file';
import { pngDesignReader } from './png-design-reader';

/** Design files (JSON): the reader of last resort. */
export const jsonDesignReader: DesignFileReader = {
  accepts: () => true,
  read: async (file) => {
    const result = await readDesignFile(file);
    return result.ok ? { ok: true, design: result.design } : { ok: false, message: result.message };
  },
};

/** Tried in this order by the file picker and by drops. */
export const designFileReaders: readonly DesignFileReader[] = [pngDesignReader, jsonDesignReader];
