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
