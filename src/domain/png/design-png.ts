/**
 * A design inside a PNG export: the share-link payload (`d1.…`, the same text a share link carries
 * after `#`) stored in the image's `vnet-studio` text chunk. Opening the image decodes it exactly like
 * a share link, with the same checks and typed errors.
 */
import type { LoadIssue } from '../model/load';
import type { Design } from '../model/schema';
import { decodeShareLink, encodeShareFragment, type ShareErrorCode } from '../share/share-link';
import { embedPngText, readPngText } from './embed-design';
import type { PngErrorCode, PngResult } from './png-chunks';

export type PngDesignResult =
  | { ok: true; design: Design }
  | { ok: false; code: PngErrorCode | ShareErrorCode; message: string; issues?: LoadIssue[] };

/** The PNG with the design embedded (replacing any design it already carried). Never throws. */
export async function embedDesignInPng(png: Uint8Array, design: Design): Promise<PngResult<Uint8Array>> {
  let fragment: string;
  try {
    fragment = await encodeShareFragment(design);
  } catch (e) {
    return {
      ok: false,
      code: 'bad-text',
      message: `The design could not be encoded (${(e as Error).message}).`,
    };
  }
  return embedPngText(png, fragment);
}

/**
 * The design embedded in a PNG exported by the studio. `not-found` for an image without one; PNG
 * damage and payload problems come back as typed errors. Never throws.
 */
export async function readDesignFromPng(png: Uint8Array): Promise<PngDesignResult> {
  const text = readPngText(png);
  if (!text.ok) {
    return text.code === 'not-found'
      ? {
          ...text,
          message: 'This image carries no VNet Studio design: export the PNG from the studio to embed one.',
        }
      : text;
  }
  const decoded = await decodeShareLink(text.value);
  if (decoded.ok) return { ok: true, design: decoded.design };
  return { ...decoded, message: `The design in this image could not be read: ${decoded.message}` };
}
