import { unzlibSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { DEFAULT_MAX_PNG_TEXT_BYTES, embedPngText, PNG_DESIGN_KEYWORD, readPngText } from './embed-design';
import { encodePng, encodePngChunk, PNG_SIGNATURE, parsePngChunks } from './png-chunks';

const ascii = (s: string) => new TextEncoder().encode(s);

/** A valid w×h 8-bit RGBA PNG, built from scratch. */
function tinyPng(width = 2, height = 2): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, filter 0, no interlace
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([x * 100, y * 100, 50, 255], y * (1 + width * 4) + 1 + x * 4);
  return encodePng([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: zlibSync(raw) },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

function types(png: Uint8Array): string[] {
  const r = parsePngChunks(png);
  if (!r.ok) throw new Error(r.message);
  return r.value.map((c) => c.type);
}

const payload = 'v1.eJyrVkrLz1eyUkpKLFKqBQAdZgRA~ "quoted" & <b>emoji 🚀 Zürich</b>\nline two';

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('continues across calls', () => {
    expect(crc32(ascii('6789'), crc32(ascii('12345')))).toBe(0xcbf43926);
  });
});

describe('PNG chunks', () => {
  it('builds a PNG whose IEND bytes are the well-known ones', () => {
    const png = tinyPng();
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect([...png.subarray(png.length - 12)]).toEqual([
      0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ]);
    expect(types(png)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('encodes a chunk with its length and CRC', () => {
    const c = encodePngChunk('tEXt', ascii('a\0b'));
    expect([...c.subarray(0, 4)]).toEqual([0, 0, 0, 3]);
    expect(new DataView(c.buffer).getUint32(11)).toBe(crc32(ascii('tEXta\0b')));
  });
});

describe('embedPngText / readPngText', () => {
  it('round-trips a payload with quotes, markup, newlines and emoji', () => {
    const out = embedPngText(tinyPng(), payload);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(types(out.value)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(readPngText(out.value)).toEqual({ ok: true, value: payload });
  });

  it('leaves the image data untouched', () => {
    const png = tinyPng(3, 1);
    const out = embedPngText(png, 'x');
    if (!out.ok) throw new Error(out.message);
    const before = parsePngChunks(png);
    const after = parsePngChunks(out.value);
    if (!before.ok || !after.ok) throw new Error('unparseable');
    const idat = (r: typeof after) => (r.ok ? r.value.find((c) => c.type === 'IDAT')?.data : undefined);
    expect(idat(after)).toEqual(idat(before));
    expect(unzlibSync(idat(after) as Uint8Array).length).toBe(1 + 3 * 4);
  });

  it('replaces an earlier design instead of stacking copies', () => {
    const once = embedPngText(tinyPng(), 'first');
    if (!once.ok) throw new Error(once.message);
    const twice = embedPngText(once.value, 'second');
    if (!twice.ok) throw new Error(twice.message);
    expect(types(twice.value).filter((t) => t === 'iTXt')).toHaveLength(1);
    expect(readPngText(twice.value)).toEqual({ ok: true, value: 'second' });
  });

  it('keeps text chunks of other keywords and reads tEXt written by other tools', () => {
    const png = tinyPng();
    const chunks = parsePngChunks(png);
    if (!chunks.ok) throw new Error(chunks.message);
    const [ihdr, idat, iend] = chunks.value as [never, never, never];
    const withOthers = encodePng([
      ihdr,
      { type: 'tEXt', data: ascii('Software\0Some editor') },
      { type: 'tEXt', data: ascii(`${PNG_DESIGN_KEYWORD}\0latin text`) },
      idat,
      iend,
    ]);
    expect(readPngText(withOthers)).toEqual({ ok: true, value: 'latin text' });
    expect(readPngText(withOthers, { keyword: 'Software' })).toEqual({ ok: true, value: 'Some editor' });
    const out = embedPngText(withOthers, 'new');
    if (!out.ok) throw new Error(out.message);
    expect(types(out.value)).toEqual(['IHDR', 'tEXt', 'IDAT', 'iTXt', 'IEND']);
    expect(readPngText(out.value)).toEqual({ ok: true, value: 'new' });
  });

  it('says not-found for a plain image', () => {
    expect(readPngText(tinyPng())).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('refuses non-PNG input without throwing', () => {
    expect(readPngText(ascii('GIF89a....'))).toMatchObject({ ok: false, code: 'not-png' });
    expect(readPngText(new Uint8Array(0))).toMatchObject({ ok: false, code: 'not-png' });
    expect(readPngText('not bytes' as unknown as Uint8Array)).toMatchObject({ ok: false, code: 'not-png' });
    expect(embedPngText(ascii('%PDF-1.7'), 'x')).toMatchObject({ ok: false, code: 'not-png' });
  });

  it('detects a flipped bit anywhere in a chunk', () => {
    const out = embedPngText(tinyPng(), payload);
    if (!out.ok) throw new Error(out.message);
    // Every byte after the signature belongs to some chunk: flipping it must be caught.
    for (let i = 8; i < out.value.length; i++) {
      const bad = out.value.slice();
      bad[i] = (bad[i] as number) ^ 0x01;
      const r = readPngText(bad);
      expect(r.ok, `byte ${i}`).toBe(false);
    }
  });

  it('reports truncation and impossible lengths', () => {
    const png = embedPngText(tinyPng(), payload);
    if (!png.ok) throw new Error(png.message);
    expect(readPngText(png.value.slice(0, png.value.length - 5))).toMatchObject({ code: 'truncated' });
    expect(readPngText(png.value.slice(0, 20))).toMatchObject({ code: 'truncated' });
    const huge = png.value.slice();
    huge.set([0xff, 0xff, 0xff, 0xff], 8); // IHDR length
    expect(readPngText(huge)).toMatchObject({ ok: false, code: 'bad-chunk' });
    const long = png.value.slice();
    long.set([0x00, 0x10, 0x00, 0x00], 8);
    expect(readPngText(long)).toMatchObject({ ok: false, code: 'truncated' });
  });

  it('requires IHDR first', () => {
    const png = encodePng([
      { type: 'IDAT', data: zlibSync(new Uint8Array(5)) },
      { type: 'IEND', data: new Uint8Array(0) },
    ]);
    expect(readPngText(png)).toMatchObject({ ok: false, code: 'bad-chunk' });
  });

  it('enforces size limits on images and payloads', () => {
    const png = tinyPng();
    expect(readPngText(png, { maxBytes: 20 })).toMatchObject({ ok: false, code: 'too-large' });
    expect(embedPngText(png, 'x'.repeat(101), { maxTextBytes: 100 })).toMatchObject({ code: 'too-large' });
    const big = embedPngText(png, 'y'.repeat(200));
    if (!big.ok) throw new Error(big.message);
    expect(readPngText(big.value, { maxTextBytes: 100 })).toMatchObject({ ok: false, code: 'too-large' });
    expect(DEFAULT_MAX_PNG_TEXT_BYTES).toBeGreaterThan(1_000_000);
  });

  it('reports invalid UTF-8 in its own chunk', () => {
    const data = new Uint8Array([...ascii(`${PNG_DESIGN_KEYWORD}\0\0\0\0\0`), 0xff, 0xfe]);
    const png = tinyPng();
    const chunks = parsePngChunks(png);
    if (!chunks.ok) throw new Error(chunks.message);
    const [ihdr, idat, iend] = chunks.value as [never, never, never];
    const bad = encodePng([ihdr, idat, { type: 'iTXt', data }, iend]);
    expect(readPngText(bad)).toMatchObject({ ok: false, code: 'bad-text' });
  });

  it('rejects invalid keywords', () => {
    expect(embedPngText(tinyPng(), 'x', { keyword: '' })).toMatchObject({ code: 'bad-text' });
    expect(embedPngText(tinyPng(), 'x', { keyword: 'k'.repeat(80) })).toMatchObject({ code: 'bad-text' });
  });

  it('ignores bytes after IEND', () => {
    const png = embedPngText(tinyPng(), 'tail');
    if (!png.ok) throw new Error(png.message);
    const withTail = new Uint8Array([...png.value, 1, 2, 3]);
    expect(readPngText(withTail)).toEqual({ ok: true, value: 'tail' });
  });
});
