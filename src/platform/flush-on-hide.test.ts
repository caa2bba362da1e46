import { describe, expect, it } from 'vitest';
import { flushOnHide, type PageEvents } from './flush-on-hide';

class Events implements PageEvents {
  visibilityState = 'visible';
  readonly listeners = new Map<string, Set<() => void>>();
  addEventListener(type: string, listener: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }
  removeEventListener(type: string, listener: () => void) {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string) {
    for (const l of this.listeners.get(type) ?? []) l();
  }
}

describe('flushing the autosave when the page hides', () => {
  it('flushes on pagehide and on becoming hidden, and stops when asked', () => {
    let flushes = 0;
    const leaving: boolean[] = [];
    const win = new Events();
    const doc = new Events();
    const stop = flushOnHide(
      {
        flush: (options) => {
          flushes++;
          leaving.push(options?.leaving === true);
        },
      },
      win,
      doc,
    );
    win.fire('pagehide');
    doc.fire('visibilitychange');
    expect(flushes).toBe(1);
    doc.visibilityState = 'hidden';
    doc.fire('visibilitychange');
    expect(flushes).toBe(2);
    // Only pagehide may be the end of the page: that flush also keeps an unresolved conflict.
    expect(leaving).toEqual([true, false]);
    stop();
    win.fire('pagehide');
    expect(flushes).toBe(2);
  });
});
