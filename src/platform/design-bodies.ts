/**
 * Where the designs themselves are kept when the browser offers IndexedDB: one object store of design
 * texts by local id. localStorage holds about 5 MB per site; IndexedDB holds designs up to the format's
 * own limit (`DESIGN_LIMITS.fileText`) many times over. The list of designs, the stamps that tell tabs
 * about each other's saves and the opening mark stay in localStorage (small, synchronous, and its
 * `storage` events reach the other tabs).
 */
import { createStore, del, entries, get, promisifyRequest, type UseStore } from 'idb-keyval';

/** Design texts by local id, asynchronously; every call may reject (blocked, full, closed). */
export interface DesignBodies {
  /** Every stored design text. */
  all(): Promise<Map<string, string>>;
  get(id: string): Promise<string | undefined>;
  set(id: string, text: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The designs in this browser's IndexedDB (database `<prefix>`, store `designs`); `undefined` without it. */
export function indexedDbBodies(prefix: string): DesignBodies | undefined {
  if (typeof globalThis.indexedDB === 'undefined') return undefined;
  let store: UseStore | undefined;
  // Opening the database is deferred to the first call, so that a failure surfaces as a rejection.
  const use = (): UseStore => {
    store ??= createStore(prefix, 'designs');
    return store;
  };
  return {
    all: async () => {
      const found = await entries<string, unknown>(use());
      return new Map(
        found.filter((e): e is [string, string] => typeof e[0] === 'string' && typeof e[1] === 'string'),
      );
    },
    get: async (id) => {
      const text = await get<unknown>(id, use());
      return typeof text === 'string' ? text : undefined;
    },
    set: (id, text) =>
      use()('readwrite', (store) => {
        store.put(text, id);
        // Committed now, not when the page's tasks let it: a write started as the page hides must land.
        store.transaction.commit?.();
        return promisifyRequest(store.transaction);
      }),
    remove: (id) => del(id, use()),
  };
}
