/**
 * Opening a PNG exported by the studio: the design inside its `vnet-studio` text chunk opens like a
 * design file. One of the studio's file readers (`design-file-readers.ts`), so the picker and drops
 * both handle PNGs.
 */
import type { DesignFileReader, OpenedFile } from './open-design-file';

/** The PNG reader's size cap (the PNG parser refuses larger files too; this avoids reading them). */
const MAX_PNG_BYTES = 64 * 1024 * 1024;

const isPng = (file: OpenedFile) => file.type === 'image/png' || /\.png$/i.test(file.name);

export const pngDesignReader: DesignFileReader = {
  accepts: isPng,
  async read(file) {
    if (file.size > MAX_PNG_BYTES)
      return { ok: false, message: `${file.name} is larger than 64 MiB; a studio image is far smaller.` };
    if (!file.arrayBuffer) return { ok: false, message: `${file.name} could not be read as an image.` };
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The PNG parser loads when an image is opened, not with the studio's first screen.
    const { readDesignFromPng } = await import('../../domain/png');
    const result = await readDesignFromPng(bytes);
    return result.ok
      ? { ok: true, design: result.design }
      : { ok: false, message: `${file.name}: ${result.message}` };
  },
};
