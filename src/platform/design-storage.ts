/**
 * Where the local designs are kept, and reading and writing them there. Every call returns a result
 * (storage may be blocked or full at any moment); what the entries mean is the repository's.
 *
 * The designs themselves go to IndexedDB when `connect` finds it working (`design-bodies.ts`): designs
 * found in localStorage are moved there first, and a copy of every stored design is kept in memory so
 * that reading stays synchronous. Without IndexedDB (missing, blocked, failing) they stay in localStorage.
 *
 * localStorage keys (under one prefix, `vnet-studio` by default):
 * - `<prefix>:index`  — `{ "version": 1, "currentId": "...", "entries": [{ "id", "name", "updatedAt" }] }`
 * - `<prefix>:design:<id>` — the design document, in the documented file format (without IndexedDB).
 * - `<prefix>:rev:<id>` — a stamp that changes with every write of that design, so that tabs of the same
 *   design notice each other's saves (`storage` events) and never write over a version they have not seen.
 * - `<prefix>:opening` — `{ "id" }` of the entry being opened, removed once it is drawn.
 */
import { type LoadResult, parseDesignJson } from '../domain/model/load';
import type { Design } from '../domain/model/schema';
import type { DesignBodies } from './design-bodies';
import { describeStorageError, SafeStorage, type StorageLike, type StorageResult } from './safe-storage';
import { readStoredIndex, type StoredIndex } from './stored-index';

/** A design written: its new stamp, and with IndexedDB the promise of the write being committed. */
export type DesignWritten =
  | { ok: true; value: string; committed?: Promise<StorageResult<void>> }
  | { ok: false; reason: string };

export class DesignStorage {
  private readonly storage: SafeStorage;
  private readonly tab = Math.random().toString(36).slice(2, 10);
  private writes = 0;
  /** With IndexedDB: where the designs are, and the text of every stored design by id. */
  private bodies: DesignBodies | undefined;
  private texts: Map<string, string> | undefined;
  /** Stamps of this tab's writes not yet committed to IndexedDB (the stored stamp follows the commit). */
  private readonly pendingStamps = new Map<string, string>();

  constructor(
    provide: () => StorageLike | null | undefined,
    private readonly prefix: string,
  ) {
    this.storage = new SafeStorage(provide);
  }

  /**
   * Keeps the designs in `bodies` (IndexedDB) from now on, after moving those in localStorage there;
   * stays with localStorage when `bodies` is missing or fails. Returns whether IndexedDB is used.
   */
  async connect(bodies: DesignBodies | undefined): Promise<boolean> {
    if (!bodies) return false;
    try {
      const texts = await bodies.all();
      const keys = this.storage.keys(this.designKey(''));
      for (const key of keys.ok ? keys.value : []) {
        const id = key.slice(this.designKey('').length);
        const text = this.storage.get(key);
        if (!text.ok || text.value === null) continue;
        // A copy in localStorage is the newest (written before the move, or by a tab without IndexedDB).
        await bodies.set(id, text.value);
        texts.set(id, text.value);
        // Moved: the room in localStorage is freed, and the stamp says the design is stored.
        this.storage.remove(key);
        if (this.stamp(id) === null) this.storage.set(`${this.stampPrefix}${id}`, 'moved');
      }
      this.bodies = bodies;
      this.texts = texts;
      return true;
    } catch {
      // IndexedDB refused (blocked, private mode, failing): what is in localStorage stays there.
      return false;
    }
  }

  /**
   * Reads the stored designs `ids` again (another tab wrote them); resolves when they are in memory.
   * `undefined` without IndexedDB, where every read is synchronous anyway.
   */
  refresh(ids: readonly string[]): Promise<void> | undefined {
    const { bodies, texts } = this;
    if (!bodies || !texts) return undefined;
    return Promise.all(
      ids.map(async (id) => {
        const text = await bodies.get(id).catch(() => undefined);
        if (text !== undefined) texts.set(id, text);
        else if (!this.pendingStamps.has(id)) texts.delete(id);
      }),
    ).then(() => undefined);
  }

  get indexKey() {
    return `${this.prefix}:index`;
  }

  private get openingKey() {
    return `${this.prefix}:opening`;
  }

  private designKey(id: string) {
    return `${this.prefix}:design:${id}`;
  }

  /** The key prefix of the stamps: a `storage` event on one of them is another tab's save. */
  get stampPrefix() {
    return `${this.prefix}:rev:`;
  }

  readIndex(): StorageResult<ReturnType<typeof readStoredIndex>> {
    const text = this.storage.get(this.indexKey);
    return text.ok ? { ok: true, value: readStoredIndex(text.value) } : text;
  }

  writeIndex(index: StoredIndex): StorageResult<void> {
    return this.storage.set(this.indexKey, JSON.stringify(index));
  }

  /** Ids of every stored design, listed or not. */
  storedIds(): string[] {
    if (this.texts) return [...this.texts.keys()];
    const keys = this.storage.keys(this.designKey(''));
    return keys.ok ? keys.value.map((k) => k.slice(this.designKey('').length)) : [];
  }

  /** Whether storage answers that no design is stored under `id` (not merely unreadable). */
  isGone(id: string): boolean {
    // With IndexedDB, a deleted design's stamp is removed with it (and only then).
    if (this.texts) return !this.texts.has(id) || this.stamp(id) === null;
    const text = this.storage.get(this.designKey(id));
    return text.ok && text.value === null;
  }

  /** The stamp of the stored version of `id` (`null`: none). */
  stamp(id: string): string | null {
    const pending = this.pendingStamps.get(id);
    if (pending !== undefined) return pending;
    const stamp = this.storage.get(`${this.stampPrefix}${id}`);
    return stamp.ok ? stamp.value : null;
  }

  /** The stored design with the stamp it was read at; `undefined` when missing or unreadable. */
  readDesign(id: string): { loaded: LoadResult; stamp: string | null } | undefined {
    const stamp = this.stamp(id);
    if (this.texts) {
      const text = this.texts.get(id);
      return text === undefined ? undefined : { loaded: parseDesignJson(text), stamp };
    }
    const text = this.storage.get(this.designKey(id));
    if (!text.ok || text.value === null) return undefined;
    return { loaded: parseDesignJson(text.value), stamp };
  }

  /**
   * Writes a design and a new stamp; returns the stamp. With IndexedDB the write completes later
   * (`committed`), and the stored stamp, which tells the other tabs, is written once it has.
   * `serialized` is `JSON.stringify(design)` when the caller already has it.
   */
  writeDesign(id: string, design: Design, serialized?: string): DesignWritten {
    const text = serialized ?? JSON.stringify(design);
    const stamp = `${this.tab}.${++this.writes}`;
    const { bodies, texts } = this;
    if (bodies && texts) {
      texts.set(id, text);
      this.pendingStamps.set(id, stamp);
      const settle = () => {
        if (this.pendingStamps.get(id) === stamp) this.pendingStamps.delete(id);
      };
      const committed = bodies.set(id, text).then(
        (): StorageResult<void> => {
          const stamped = this.storage.set(`${this.stampPrefix}${id}`, stamp);
          settle();
          return stamped;
        },
        (e: unknown): StorageResult<void> => {
          settle();
          return { ok: false, reason: describeStorageError(e) };
        },
      );
      return { ok: true, value: stamp, committed };
    }
    const saved = this.storage.set(this.designKey(id), text);
    if (!saved.ok) return saved;
    this.storage.set(`${this.stampPrefix}${id}`, stamp);
    return { ok: true, value: stamp };
  }

  removeDesign(id: string): StorageResult<void> {
    if (this.bodies && this.texts) {
      this.texts.delete(id);
      this.pendingStamps.delete(id);
      // The stamp goes first: other tabs see the design as deleted even if IndexedDB fails to delete it.
      const unstamped = this.storage.remove(`${this.stampPrefix}${id}`);
      void this.bodies.remove(id).catch(() => undefined);
      if (this.openingId() === id) this.storage.remove(this.openingKey);
      return unstamped;
    }
    const removed = this.storage.remove(this.designKey(id));
    this.storage.remove(`${this.stampPrefix}${id}`);
    if (this.openingId() === id) this.storage.remove(this.openingKey);
    return removed;
  }

  /** The entry marked as being opened, if any. */
  openingId(): string | undefined {
    const text = this.storage.get(this.openingKey);
    if (!text.ok || text.value === null) return undefined;
    try {
      const id = (JSON.parse(text.value) as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? id : undefined;
    } catch {
      return undefined;
    }
  }

  markOpening(id: string, at: number): void {
    this.storage.set(this.openingKey, JSON.stringify({ id, at }));
  }

  clearOpening(): void {
    this.storage.remove(this.openingKey);
  }
}
