/**
 * Web Storage that never throws. Browsers refuse storage in several ways: reading `window.localStorage`
 * throws a SecurityError when site data is blocked, `setItem` throws a QuotaExceededError when full (and
 * always in some private modes). Each call here returns a result instead, with a reason people can read.
 */

/** The part of the Web Storage API the studio uses; `localStorage` and test fakes both fit. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A sentence for a storage failure. */
export function describeStorageError(e: unknown): string {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'Browser storage is full.';
  }
  if (name === 'SecurityError') return 'Browser storage is blocked (private browsing or site settings).';
  return `Browser storage failed (${(e as Error | null)?.message ?? String(e)}).`;
}

export class SafeStorage {
  /** @param provide returns the storage; called on every use, because merely reading it may throw. */
  constructor(private readonly provide: () => StorageLike | null | undefined) {}

  private run<T>(action: (storage: StorageLike) => T): StorageResult<T> {
    try {
      const storage = this.provide();
      if (!storage) return { ok: false, reason: 'This browser offers no local storage.' };
      return { ok: true, value: action(storage) };
    } catch (e) {
      return { ok: false, reason: describeStorageError(e) };
    }
  }

  get(key: string): StorageResult<string | null> {
    return this.run((s) => s.getItem(key));
  }

  set(key: string, value: string): StorageResult<void> {
    return this.run((s) => s.setItem(key, value));
  }

  remove(key: string): StorageResult<void> {
    return this.run((s) => s.removeItem(key));
  }

  /** Every key starting with `prefix`. */
  keys(prefix: string): StorageResult<string[]> {
    return this.run((s) => {
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key?.startsWith(prefix)) out.push(key);
      }
      return out;
    });
  }
}

/** The browser's localStorage, looked up lazily so that a SecurityError surfaces as a result. */
export function browserStorage(): StorageLike | undefined {
  return typeof globalThis.localStorage === 'undefined' ? undefined : globalThis.localStorage;
}
