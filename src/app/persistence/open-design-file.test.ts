import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../domain/import/import-design';
import { whitepaperScenario2 } from '../../domain/samples/whitepaper-scenario-2';
import { encodeShareLink } from '../../domain/share/share-link';
import { openDesignFile, openDroppedDesign } from './open-design-file';
import { relativeTime } from './relative-time';

const file = (name: string, text: string, type = '') => ({
  name,
  type,
  size: text.length,
  text: async () => text,
});

describe('opening a design file', () => {
  it('reads a design file', async () => {
    const result = await openDesignFile(file('design.json', serializeDesign(whitepaperScenario2())));
    expect(result).toEqual({ ok: true, design: whitepaperScenario2() });
  });

  it("explains a malformed file with the loader's message", async () => {
    const result = await openDesignFile(file('broken.json', '{"format": "nope"'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not a valid VNet Studio design/);
  });

  it('reads a PNG with the PNG reader, which explains a file that is not an image', async () => {
    const result = await openDesignFile(file('canvas.png', '\u0089PNG', 'image/png'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^canvas\.png/);
    if (!result.ok) expect(result.message).not.toContain('JSON');
  });

  it('tries the given readers in order, and a failing reader becomes a message', async () => {
    const failing = {
      accepts: (f: { name: string }) => f.name.endsWith('.png'),
      read: async (): Promise<never> => {
        throw new Error('no design chunk');
      },
    };
    const result = await openDesignFile(file('canvas.png', 'x', 'image/png'), [failing]);
    expect(result).toEqual({ ok: false, message: 'canvas.png could not be opened (no design chunk).' });
  });

  it('opens a dropped link and ignores an empty drop', async () => {
    const link = await encodeShareLink(whitepaperScenario2(), 'http://127.0.0.1:5173/');
    const drop = (uri: string) => ({ files: [], getData: (t: string) => (t === 'text/uri-list' ? uri : '') });
    expect(await openDroppedDesign(drop(link))).toEqual({ ok: true, design: whitepaperScenario2() });
    expect(await openDroppedDesign(drop(''))).toBeUndefined();
    const broken = await openDroppedDesign(drop(link.slice(0, -20)));
    expect(broken?.ok).toBe(false);
  });
});

describe('relative time', () => {
  const now = Date.UTC(2026, 0, 10, 12);
  it('says how long ago in words', () => {
    expect(relativeTime(now - 10_000, now, 'en')).toBe('just now');
    expect(relativeTime(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(now - 3 * 3600_000, now, 'en')).toBe('3 hours ago');
    expect(relativeTime(now - 86400_000, now, 'en')).toBe('yesterday');
    expect(relativeTime(now - 30 * 86400_000, now, 'en')).toMatch(/2025/);
  });
});
