import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRaw } from './deflate';

const dictionary = new TextEncoder().encode('vnet subnet eastus westus');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('raw deflate with a dictionary', () => {
  it('round-trips and needs the same dictionary', () => {
    const input = new TextEncoder().encode('["vnet-1","eastus",["subnet-1","westus"]]');
    const packed = deflateRaw(input, dictionary);
    const back = inflateRaw(packed, dictionary, 1000);
    expect(back.ok && text(back.bytes)).toBe(text(input));
    const other = inflateRaw(packed, new TextEncoder().encode('something else entirely'), 1000);
    expect(other.ok && text(other.bytes) === text(input)).toBe(false);
  });

  it('stops a decompression bomb a slice past the cap instead of inflating it all', () => {
    const bomb = deflateRaw(new Uint8Array(64 * 1024 * 1024), dictionary);
    expect(bomb.length).toBeLessThan(100_000);
    const result = inflateRaw(bomb, dictionary, 1024 * 1024);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (!result.ok) expect(result.produced).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses truncated data and trailing garbage', () => {
    const packed = deflateRaw(
      new TextEncoder().encode('x'.repeat(5000) + 'abcdefghij'.repeat(50)),
      dictionary,
    );
    expect(inflateRaw(packed.subarray(0, packed.length - 3), dictionary, 1e6)).toMatchObject({
      ok: false,
      reason: 'not-deflate',
    });
    expect(inflateRaw(new Uint8Array([0xff, 0xfe, 0xfd]), dictionary, 1e6).ok).toBe(false);
    expect(inflateRaw(new Uint8Array(0), dictionary, 1e6).ok).toBe(false);
  });
});

describe('the end of the deflate stream', () => {
  const input = new TextEncoder().encode(
    JSON.stringify(Array.from({ length: 3000 }, (_, i) => [`snet-${i}`, i])),
  );
  const packed = deflateRaw(input, dictionary);

  it('refuses any bytes after the end of the compressed data, small or large', () => {
    for (const data of [deflateRaw(new TextEncoder().encode('["x"]'), dictionary), packed]) {
      expect(inflateRaw(data, dictionary, 4e6).ok).toBe(true);
      for (const tail of [[0], [1, 2, 3], Array.from({ length: 5000 }, () => 7)]) {
        const withTail = new Uint8Array([...data, ...tail]);
        expect(inflateRaw(withTail, dictionary, 4e6)).toMatchObject({ ok: false, reason: 'not-deflate' });
      }
    }
  });

  it('inflates a payload larger than the one-call bound in a few slices, exactly', () => {
    expect(packed.length * 1032).toBeGreaterThan(1e6);
    const back = inflateRaw(packed, dictionary, 1e6);
    expect(back.ok && text(back.bytes)).toBe(text(input));
  });
});
