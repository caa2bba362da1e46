import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesign } from '../domain/model/factories';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { encodeShareFragment } from '../domain/share/share-link';
import type { LocationLike } from './url-hash';

const at = (hash: string): LocationLike => ({
  origin: 'https://studio.example',
  pathname: '/',
  search: '',
  hash,
});

afterEach(() => {
  vi.doUnmock('./decode-link');
  vi.resetModules();
});

/** `early-link.ts` over a counting `decodeLink` (the real one, counted). */
async function withCountedDecoder() {
  const calls: string[] = [];
  vi.doMock('./decode-link', async (importOriginal) => {
    const real = await importOriginal<typeof import('./decode-link')>();
    return {
      ...real,
      decodeLink: (fragment: string) => {
        calls.push(fragment);
        return real.decodeLink(fragment);
      },
    };
  });
  return { calls, early: await import('./early-link') };
}

describe('the head start on a link in the address', () => {
  it('decodes the link once: start-up takes the result started with the page', async () => {
    const { calls, early } = await withCountedDecoder();
    const fragment = await encodeShareFragment(whitepaperScenario1());
    early.startDecodingLink(at(`#${fragment}`));
    expect(calls).toEqual([fragment]);
    const decoded = await early.decodeStartLink(fragment);
    expect(calls).toEqual([fragment]);
    expect(decoded.result.ok && decoded.result.design).toEqual(whitepaperScenario1());
  });

  it('decodes anew for another fragment, and the head start is taken only once', async () => {
    const { calls, early } = await withCountedDecoder();
    const first = await encodeShareFragment(whitepaperScenario1());
    const other = await encodeShareFragment(createDesign({ name: 'Other' }));
    early.startDecodingLink(at(`#${first}`));
    const decoded = await early.decodeStartLink(other);
    expect(decoded.result.ok && decoded.result.design.name).toBe('Other');
    await early.decodeStartLink(first);
    expect(calls).toEqual([first, other, first]);
  });

  it('starts nothing without a link in the address', async () => {
    const { calls, early } = await withCountedDecoder();
    early.startDecodingLink(at(''));
    early.startDecodingLink(at('#safe'));
    expect(calls).toEqual([]);
  });

  it('keeps a failed head start for start-up to report, without an unhandled rejection', async () => {
    vi.doMock('./decode-link', () => ({ decodeLink: () => Promise.reject(new Error('chunk failed')) }));
    const early = await import('./early-link');
    early.startDecodingLink(at('#d1.abc'));
    await new Promise((r) => setTimeout(r, 0));
    await expect(early.decodeStartLink('d1.abc')).rejects.toThrow('chunk failed');
  });
});
