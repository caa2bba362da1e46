/**
 * Embedding a design in a PNG export, so that dropping the image back into the studio reopens the
 * editable design. The payload (the share-link payload, a string) travels in an `iTXt` chunk whose
 * keyword is `vnet-studio`, placed just before IEND; image viewers ignore it.
 */
import {
  DEFAULT_MAX_PNG_BYTES,
  encodePng,
  type PngChunk,
  type PngResult,
  parsePngChunks,
  pngError,
} from './png-chunks';
import { decodePngText, encodeItxt, isValidPngKeyword } from './png-text';

/** The keyword of the text chunk holding the design. */
export const PNG_DESIGN_KEYWORD = 'vnet-studio';

/** Largest payload written or read (UTF-8 bytes): far above any real design's share payload. */
export const DEFAULT_MAX_PNG_TEXT_BYTES = 4 * 1024 * 1024;

export interface PngTextOptions {
  /** Chunk keyword (default `vnet-studio`). */
  keyword?: string;
  /** Refuse images larger than this (default 64 MiB). */
  maxBytes?: number;
  /** Refuse payloads larger than this many UTF-8 bytes (default 4 MiB). */
  maxTextBytes?: number;
}

function hasKeyword(data: Uint8Array, keyword: string): boolean {
  if (data[keyword.length] !== 0) return false;
  for (let i = 0; i < keyword.length; i++) if (data[i] !== keyword.charCodeAt(i)) return false;
  return true;
}

function isTextChunk(c: PngChunk): c is PngChunk & { type: 'tEXt' | 'iTXt' } {
  return c.type === 'tEXt' || c.type === 'iTXt';
}

/**
 * Returns a copy of the PNG with `text` stored under the keyword, replacing any earlier chunk with the
 * same keyword. The input is validated first (signature, lengths, CRCs); never throws.
 */
export function embedPngText(
  png: Uint8Array,
  text: string,
  options: PngTextOptions = {},
): PngResult<Uint8Array> {
  const keyword = options.keyword ?? PNG_DESIGN_KEYWORD;
  if (!isValidPngKeyword(keyword)) return pngError('bad-text', `"${keyword}" is not a valid PNG keyword.`);
  if (typeof text !== 'string') return pngError('bad-text', 'The payload to embed must be text.');
  const maxText = options.maxTextBytes ?? DEFAULT_MAX_PNG_TEXT_BYTES;
  const data = encodeItxt(keyword, text);
  if (data.length - keyword.length - 5 > maxText)
    return pngError('too-large', `The payload is larger than ${maxText} bytes and was not embedded.`);
  const parsed = parsePngChunks(png, { maxBytes: options.maxBytes ?? DEFAULT_MAX_PNG_BYTES });
  if (!parsed.ok) return parsed;
  const kept = parsed.value.filter((c) => {
    if (!isTextChunk(c)) return true;
    const decoded = decodePngText(c.type, c.data);
    return !(decoded.ok && decoded.value.keyword === keyword);
  });
  const iend = kept.length - 1;
  const chunks: PngChunk[] = [...kept.slice(0, iend), { type: 'iTXt', data }, ...kept.slice(iend)];
  return { ok: true, value: encodePng(chunks) };
}

/**
 * Reads the text stored under the keyword (by `embedPngText`, or any tool writing `tEXt`/`iTXt`),
 * after validating the whole file. `not-found` when the image carries no such chunk; never throws.
 */
export function readPngText(png: Uint8Array, options: PngTextOptions = {}): PngResult<string> {
  const keyword = options.keyword ?? PNG_DESIGN_KEYWORD;
  const parsed = parsePngChunks(png, { maxBytes: options.maxBytes ?? DEFAULT_MAX_PNG_BYTES });
  if (!parsed.ok) return parsed;
  const maxText = options.maxTextBytes ?? DEFAULT_MAX_PNG_TEXT_BYTES;
  for (const chunk of parsed.value) {
    if (!isTextChunk(chunk)) continue;
    // A broken text chunk under another keyword is not ours to judge.
    if (!hasKeyword(chunk.data, keyword)) continue;
    const decoded = decodePngText(chunk.type, chunk.data);
    if (!decoded.ok) return decoded;
    if (chunk.data.length > maxText + keyword.length + 5)
      return pngError('too-large', `The embedded design is larger than ${maxText} bytes and was not read.`);
    if (decoded.value.compressed)
      return pngError('bad-text', `The "${keyword}" text is compressed, which VNet Studio does not write.`);
    return { ok: true, value: decoded.value.text };
  }
  return pngError('not-found', 'This PNG image carries no VNet Studio design.');
}
