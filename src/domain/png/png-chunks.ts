/**
 * Reading and writing the chunk structure of a PNG file: an 8-byte signature, then chunks of
 * `length (4 bytes, big-endian) · type (4 ASCII letters) · data · CRC-32 of type and data`, from IHDR to
 * IEND. https://www.w3.org/TR/png-3/#5Chunk-layout
 *
 * Nothing here throws on bad input: every problem comes back as a typed error.
 */
import { crc32 } from './crc32';

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The spec caps a chunk's length at 2^31 − 1. */
const MAX_CHUNK_LENGTH = 0x7fffffff;

export interface PngChunk {
  /** Four ASCII letters, e.g. `IHDR`, `iTXt`. */
  type: string;
  /** The chunk's data (a view into the input, not a copy). */
  data: Uint8Array;
}

export type PngErrorCode =
  | 'not-png'
  | 'truncated'
  | 'bad-chunk'
  | 'bad-crc'
  | 'too-large'
  | 'bad-text'
  | 'not-found';

export interface PngError {
  ok: false;
  code: PngErrorCode;
  /** One line for people. */
  message: string;
}

export type PngResult<T> = { ok: true; value: T } | PngError;

export function pngError(code: PngErrorCode, message: string): PngError {
  return { ok: false, code, message };
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] as number) << 24) |
      ((bytes[at + 1] as number) << 16) |
      ((bytes[at + 2] as number) << 8) |
      (bytes[at + 3] as number)) >>>
    0
  );
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = (value >>> 24) & 0xff;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

function isLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

export interface ParsePngOptions {
  /** Refuse inputs larger than this many bytes (default 64 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_PNG_BYTES = 64 * 1024 * 1024;

/**
 * Splits PNG bytes into chunks, checking the signature, every length and CRC, that IHDR comes first and
 * that IEND ends the file. Bytes after IEND are ignored (some tools append them).
 */
export function parsePngChunks(bytes: Uint8Array, options: ParsePngOptions = {}): PngResult<PngChunk[]> {
  if (!(bytes instanceof Uint8Array)) return pngError('not-png', 'Expected the bytes of a PNG image.');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PNG_BYTES;
  if (bytes.length > maxBytes)
    return pngError(
      'too-large',
      `The image is ${bytes.length} bytes; images up to ${maxBytes} bytes are read.`,
    );
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => bytes[i] !== b))
    return pngError('not-png', 'This file is not a PNG image (its signature is missing).');
  const chunks: PngChunk[] = [];
  let at = PNG_SIGNATURE.length;
  for (;;) {
    if (at + 12 > bytes.length)
      return pngError(
        'truncated',
        `The PNG ends inside a chunk header at byte ${at}: the file is cut short.`,
      );
    const length = readUint32(bytes, at);
    const typeBytes = bytes.subarray(at + 4, at + 8);
    if (!typeBytes.every(isLetter))
      return pngError('bad-chunk', `The chunk at byte ${at} has an invalid type: the file is corrupt.`);
    const type = String.fromCharCode(...typeBytes);
    if (length > MAX_CHUNK_LENGTH)
      return pngError('bad-chunk', `The ${type} chunk at byte ${at} declares an impossible length.`);
    const end = at + 8 + length + 4;
    if (end > bytes.length)
      return pngError('truncated', `The ${type} chunk at byte ${at} runs past the end of the file.`);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const expected = readUint32(bytes, at + 8 + length);
    if (crc32(data, crc32(typeBytes)) !== expected)
      return pngError('bad-crc', `The ${type} chunk at byte ${at} fails its checksum: the file is corrupt.`);
    if (chunks.length === 0 && (type !== 'IHDR' || length !== 13))
      return pngError('bad-chunk', 'The PNG does not start with an image header (IHDR).');
    chunks.push({ type, data });
    at = end;
    if (type === 'IEND') return { ok: true, value: chunks };
  }
}

/** One chunk's bytes: length, type, data and CRC. */
export function encodePngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeUint32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i) & 0xff;
  out.set(data, 8);
  writeUint32(out, 8 + data.length, crc32(data, crc32(out.subarray(4, 8))));
  return out;
}

/** Signature followed by the given chunks. */
export function encodePng(chunks: readonly PngChunk[]): Uint8Array {
  const parts = chunks.map((c) => encodePngChunk(c.type, c.data));
  const out = new Uint8Array(PNG_SIGNATURE.length + parts.reduce((n, p) => n + p.length, 0));
  out.set(PNG_SIGNATURE, 0);
  let at = PNG_SIGNATURE.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
