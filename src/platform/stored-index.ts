/**
 * The list of local designs as stored: `{ "version": 1, "currentId": "...", "entries": [...] }`. Reading
 * it never throws; anything that is not a well-formed entry is left out.
 */

export interface RecentDesign {
  /** The local entry's id (not the design's own `id`: the same design may be opened twice). */
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

export interface StoredIndex {
  version: 1;
  currentId?: string;
  entries: RecentDesign[];
}

const isEntry = (e: unknown): e is RecentDesign =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as RecentDesign).id === 'string' &&
  typeof (e as RecentDesign).name === 'string' &&
  Number.isFinite((e as RecentDesign).updatedAt);

/** The index in `text` (`null`: nothing stored); `readable` is false when the text was damaged. */
export function readStoredIndex(text: string | null): {
  currentId: string | undefined;
  entries: RecentDesign[];
  readable: boolean;
} {
  if (text === null) return { currentId: undefined, entries: [], readable: true };
  let stored: Partial<StoredIndex>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    stored = parsed as Partial<StoredIndex>;
  } catch {
    return { currentId: undefined, entries: [], readable: false };
  }
  const seen = new Set<string>();
  const entries = (Array.isArray(stored.entries) ? stored.entries : []).filter((e): e is RecentDesign => {
    if (!isEntry(e) || seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
  return {
    currentId: typeof stored.currentId === 'string' ? stored.currentId : undefined,
    entries: entries.map((e) => ({ id: e.id, name: e.name, updatedAt: e.updatedAt })),
    readable: true,
  };
}

/**
 * This tab's entries after another tab changed the stored list: entries it added (when their design
 * loads), newer names and times, and entries whose stored design is gone (deleted there). The current
 * entry is never dropped or renamed from outside: it is saved again from this tab.
 */
export function mergeEntries(
  mine: readonly RecentDesign[],
  stored: readonly RecentDesign[],
  options: { currentId: string | undefined; load(id: string): boolean; isGone(id: string): boolean },
): { entries: RecentDesign[]; removed: string[]; changed: boolean } {
  const entries = mine.map((e) => ({ ...e }));
  let changed = false;
  for (const entry of stored) {
    const known = entries.find((e) => e.id === entry.id);
    if (known) {
      if (entry.updatedAt > known.updatedAt && entry.id !== options.currentId) {
        known.name = entry.name;
        known.updatedAt = entry.updatedAt;
        changed = true;
      }
    } else if (options.load(entry.id)) {
      entries.push({ ...entry });
      changed = true;
    }
  }
  const removed = entries.filter((e) => e.id !== options.currentId && options.isGone(e.id)).map((e) => e.id);
  return {
    entries: removed.length > 0 ? entries.filter((e) => !removed.includes(e.id)) : entries,
    removed,
    changed: changed || removed.length > 0,
  };
}
