/** In-memory stand-ins for browser storage and timers, for Node tests of src/platform. */
import type { StorageLike } from './safe-storage';

export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** When set, every call throws a DOMException-like error with this name. */
  failWith: string | undefined;
  /** Largest total of key and value lengths accepted by setItem. */
  quota = Number.POSITIVE_INFINITY;
  writes = 0;

  private check() {
    if (this.failWith) throw Object.assign(new Error(`${this.failWith} (fake)`), { name: this.failWith });
  }

  get length() {
    this.check();
    return this.data.size;
  }

  key(index: number) {
    this.check();
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string) {
    this.check();
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string) {
    this.check();
    let used = key.length + value.length;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw Object.assign(new Error('quota (fake)'), { name: 'QuotaExceededError' });
    this.writes++;
    this.data.set(key, value);
  }

  removeItem(key: string) {
    this.check();
    this.data.delete(key);
  }
}

/** A manual clock and timer queue. */
export class FakeTimers {
  now = 1_700_000_000_000;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private next = 1;

  set = (callback: () => void, ms: number): unknown => {
    const handle = this.next++;
    this.timers.set(handle, { at: this.now + ms, callback });
    return handle;
  };

  clear = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  advance(ms: number) {
    this.now += ms;
    for (const [handle, t] of [...this.timers]) {
      if (t.at <= this.now) {
        this.timers.delete(handle);
        t.callback();
      }
    }
  }

  get pending() {
    return this.timers.size;
  }
}
