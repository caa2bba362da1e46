import { afterEach, describe, expect, it, vi } from 'vitest';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { encodeShareFragment } from '../domain/share/share-link';
import { createLargeDesign } from '../domain/testing/large-design';
import { DECODE_OFF_THREAD_FROM, type DecodedLink, decodeInPlace, decodeLink } from './decode-link';

/**
 * A stand-in for the browser's Worker that runs `link-worker.ts` itself (in this process, behind a
 * message boundary that copies like `postMessage`), so the worker's own code is what answers.
 */
class InProcessWorker {
  static created = 0;
  onmessage: ((e: { data: DecodedLink }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  private scope: { onmessage?: (e: { data: string }) => Promise<void>; postMessage(m: unknown): void };
  private ready: Promise<void>;
  constructor() {
    InProcessWorker.created++;
    this.scope = { postMessage: (m) => this.onmessage?.({ data: structuredClone(m) as DecodedLink }) };
    vi.stubGlobal('self', this.scope);
    this.ready = import('./link-worker').then(() => undefined);
  }
  postMessage(fragment: string) {
    void this.ready.then(() => this.scope.onmessage?.({ data: structuredClone(fragment) }));
  }
  terminate() {}
}

class BrokenWorker {
  onmessage: unknown = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  postMessage() {
    queueMicrotask(() => this.onerror?.({ preventDefault() {} }));
  }
  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('decodeLink', () => {
  it('decodes a long link in the worker, with the same design and verdict as in place', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const fragment = await encodeShareFragment(createLargeDesign());
    expect(fragment.length).toBeGreaterThanOrEqual(DECODE_OFF_THREAD_FROM);
    const before = InProcessWorker.created;
    const off = await decodeLink(fragment);
    expect(InProcessWorker.created).toBe(before + 1);
    const here = await decodeInPlace(fragment);
    expect(off.result.ok).toBe(true);
    expect(off).toEqual(here);
    // The text the browser storage keeps, made in the worker.
    expect(off.result.ok && off.stored).toBe(off.result.ok && JSON.stringify(off.result.design));
  });

  it('decodes a short link in place, without a worker', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const fragment = await encodeShareFragment(whitepaperScenario1());
    expect(fragment.length).toBeLessThan(DECODE_OFF_THREAD_FROM);
    const before = InProcessWorker.created;
    const decoded = await decodeLink(fragment);
    expect(InProcessWorker.created).toBe(before);
    expect(decoded.result.ok && decoded.result.design).toEqual(whitepaperScenario1());
    expect(decoded.keepable).toEqual({ ok: true });
  });

  it('reports a broken long link the same way off the main thread', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const broken = `d1.${'!'.repeat(DECODE_OFF_THREAD_FROM)}`;
    const off = await decodeLink(broken);
    expect(off.result.ok).toBe(false);
    expect(off.keepable).toBeUndefined();
    expect(off).toEqual(await decodeInPlace(broken));
  });

  it('falls back to decoding in place when the worker fails', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const fragment = await encodeShareFragment(createLargeDesign());
    const decoded = await decodeLink(fragment);
    expect(decoded.result.ok).toBe(true);
    expect(decoded).toEqual(await decodeInPlace(fragment));
  });
});
