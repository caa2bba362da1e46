import { describe, expect, it } from 'vitest';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { decodeShareLink } from '../domain/share/share-link';
import {
  buildShareUrl,
  clearShareFragment,
  type HistoryLike,
  readShareFragment,
  shareBase,
} from './url-hash';

const at = (hash: string, search = '') => ({
  origin: 'https://vnet-studio.example',
  pathname: '/studio/',
  search,
  hash,
});

describe('share links in the address', () => {
  it('reads only fragments that carry a design', () => {
    expect(readShareFragment(at('#d1.abc'))).toBe('d1.abc');
    expect(readShareFragment(at('#d7.abc'))).toBe('d7.abc');
    expect(readShareFragment(at(''))).toBeUndefined();
    expect(readShareFragment(at('#'))).toBeUndefined();
    expect(readShareFragment(at('#findings'))).toBeUndefined();
  });

  it('clears the fragment in place, keeping path, query and history state', () => {
    const calls: unknown[][] = [];
    const history: HistoryLike = { state: { keep: 1 }, replaceState: (...args) => calls.push(args) };
    clearShareFragment(at('#d1.abc', '?lang=en'), history);
    expect(calls).toEqual([[{ keep: 1 }, '', '/studio/?lang=en']]);
  });

  it('builds share URLs from origin and path, never the query', async () => {
    expect(shareBase(at('#x', '?q=1'))).toBe('https://vnet-studio.example/studio/');
    const { url, fit } = await buildShareUrl(whitepaperScenario2(), at('#old', '?q=1'));
    expect(url.startsWith('https://vnet-studio.example/studio/#d1.')).toBe(true);
    expect(fit).toEqual({ fits: true, length: url.length, limit: 2000 });
    const back = await decodeShareLink(url);
    expect(back.ok && back.design).toStrictEqual(whitepaperScenario2());
  });
});
