/**
 * Raw deflate with a preset dictionary, through fflate. The platform's `CompressionStream('deflate-raw')`
 * costs no bundle bytes but cannot take a dictionary, and the dictionary is what keeps a typical design's
 * link short; fflate's output is also the same in every browser and in Node, so the CLI and the studio
 * write identical links.
 *
 * Inflation is fed in small slices and stops as soon as the output passes a cap, so a decompression bomb
 * is refused while streaming, before anything is decoded or parsed.
 */
import { deflateSync, Inflate } from 'fflate';

/** Compresses bytes with raw deflate (no zlib or gzip header) against `dictionary`. */
export function deflateRaw(input: Uint8Array, dictionary: Uint8Array): Uint8Array {
  return deflateSync(input, { level: 9, mem: 8, dictionary });
}

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | {
      ok: false;
      reason: 'too-large' | 'not-deflate';
      message: string;
      /** Bytes inflated before stopping: a bomb stops a slice past the cap, not at its full size. */
      produced: number;
    };

/** Input slice fed to the inflater at a time: deflate expands at most ~1032:1, so one slice overshoots the cap by at most ~256 KB. */
const SLICE = 256;

/**
 * Inflates raw deflate bytes made against `dictionary`, refusing output above `maxBytes`. Never throws:
 * corrupt, truncated or trailing data becomes `not-deflate`.
 */
export function inflateRaw(input: Uint8Array, dictionary: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate({ dictionary }, (chunk, final) => {
    total += chunk.byteLength;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < input.length; offset += SLICE) {
      const end = Math.min(offset + SLICE, input.length);
      inflater.push(input.subarray(offset, end), end === input.length);
      if (total > maxBytes) {
        return {
          ok: false,
          reason: 'too-large',
          message: `The payload inflates to more than ${maxBytes} bytes.`,
          produced: total,
        };
      }
    }
  } catch (e) {
    return {
      ok: false,
      reason: 'not-deflate',
      message: `The payload is not valid deflate data (${(e as Error).message || 'corrupt stream'}).`,
      produced: total,
    };
  }
  if (!finished) {
    return { ok: false, reason: 'not-deflate', message: 'The deflate data ends too early.', produced: total };
  }
  return { ok: true, bytes: concat(chunks) };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const c of chunks) total += c.byteLength;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes;
}
