/**
 * Tabs of the studio share one origin's storage: a save in one tab fires a `storage` event in every
 * other tab (never in the writer). The repository takes those changes in and decides what they mean.
 */

/** The part of `window` used here. */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
}

/** Passes other tabs' storage changes to `repository`; returns the function that stops listening. */
export function watchOtherTabs(
  repository: { receive(key: string): Promise<void> | void },
  win: StorageEvents = globalThis.window,
): () => void {
  // `key` is null when another tab cleared the whole storage; what is in memory is kept then.
  const onStorage = (event: { key: string | null }) => {
    if (event.key !== null) void repository.receive(event.key);
  };
  win.addEventListener('storage', onStorage);
  return () => win.removeEventListener('storage', onStorage);
}
