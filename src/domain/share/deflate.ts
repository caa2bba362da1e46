/**
 * Raw deflate with a preset dictionary, through fflate. The platform's `CompressionStream('deflate-raw')`
 * costs no bundle bytes but cannot take a dictionary, and the dictionary is what keeps a typical design's
 * link short; fflate's output is also the same in every browser and in Node, so the CLI and the studio
 * write identical links.
 *
 * Inflation never produces much more than the cap, whatever the input: deflate expands at most 1,032:1,
 * so input small enough that it cannot pass the cap (every link up to about 5,400 characters) inflates in
 * one call, and larger input is fed in the largest slices that cannot inflate past the cap on their own
 * (4 KB for the 4 MiB cap: a few slices for a large link; a decompression bomb stops a slice past the cap).
 */
import { deflateSync, Inflate, inflateSync } from 'fflate';

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

/** Deflate's largest expansion: a 258-byte match coded in two bits. */
const MAX_EXPANSION = 1032;
/** Smallest slice ever fed. */
const MIN_SLICE = 256;

function notDeflate(message: string, produced: number): InflateResult {
  return { ok: false, reason: 'not-deflate', message, produced };
}

/**
 * Inflates raw deflate bytes made against `dictionary`, refusing output above `maxBytes`. Never throws:
 * corrupt or truncated data, and bytes after the end of the deflate stream, become `not-deflate`.
 */
export function inflateRaw(input: Uint8Array, dictionary: Uint8Array, maxBytes: number): InflateResult {
  const inflated = inflateCapped(input, dictionary, maxBytes);
  if (!inflated.ok) return inflated;
  if (endsBeforeLastByte(input, dictionary, inflated.bytes.length)) {
    return notDeflate('There are bytes after the end of the compressed data.', inflated.bytes.length);
  }
  return inflated;
}

function inflateCapped(input: Uint8Array, dictionary: Uint8Array, maxBytes: number): InflateResult {
  if (input.length === 0) return notDeflate('There is no compressed data.', 0);
  if (input.length * MAX_EXPANSION <= maxBytes) {
    try {
      return { ok: true, bytes: inflateSync(input, { dictionary }) };
    } catch (e) {
      return notDeflate(`The payload is not valid deflate data (${describe(e)}).`, 0);
    }
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.byteLength;
    if (total <= maxBytes) chunks.push(chunk);
  });
  try {
    let offset = 0;
    while (offset < input.length) {
      // A slice inflates to at most `maxBytes`, so the output stops below twice the cap.
      const slice = Math.max(MIN_SLICE, Math.floor(maxBytes / MAX_EXPANSION));
      const end = Math.min(offset + slice, input.length);
      inflater.push(input.subarray(offset, end), end === input.length);
      offset = end;
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
    return notDeflate(`The payload is not valid deflate data (${describe(e)}).`, total);
  }
  return { ok: true, bytes: concat(chunks) };
}

/**
 * Whether the deflate stream ends before the input does: then the input without its last byte still
 * inflates completely (a stream that needs every byte fails without it). The output is known to fit
 * `produced` bytes by now, so this second call is bounded too.
 */
function endsBeforeLastByte(input: Uint8Array, dictionary: Uint8Array, produced: number): boolean {
  if (input.length < 2) return false;
  try {
    inflateSync(input.subarray(0, input.length - 1), { dictionary, out: new Uint8Array(produced) });
    return true;
  } catch {
    return false;
  }
}

function describe(e: unknown): string {
  return (e as Error)?.message || 'corrupt stream';
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
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
