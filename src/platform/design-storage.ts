/**
 * Where the local designs are in Web Storage, and reading and writing them there. Every call returns a
 * result (storage may be blocked or full at any moment); what the entries mean is the repository's.
 *
 * Keys (under one prefix, `vnet-studio` by default):
 * - `<prefix>:index`  — `{ "version": 1, "currentId": "...", "entries": [{ "id", "name", "updatedAt" }] }`
 * - `<prefix>:design:<id>` — the design document, in the documented file format.
 * - `<prefix>:rev:<id>` — a stamp that changes with every write of that design, so that tabs of the same
 *   design notice each other's saves (`storage` events) and never write over a version they have not seen.
 * - `<prefix>:opening` — `{ "id" }` of the entry being opened, removed once it is drawn.
 */
import { type LoadResult, parseDesignJson } from '../domain/model/load';
import type { Design } from '../domain/model/schema';
import { SafeStorage, type StorageLike, type StorageResult } from './safe-storage';
import { readStoredIndex, type StoredIndex } from './stored-index';

export class DesignStorage {
  private readonly storage: SafeStorage;
  private readonly tab = Math.random().toString(36).slice(2, 10);
  private writes = 0;

  constructor(
    provide: () => StorageLike | null | undefined,
    private readonly prefix: string,
  ) {
    this.storage = new SafeStorage(provide);
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
    const keys = this.storage.keys(this.designKey(''));
    return keys.ok ? keys.value.map((k) => k.slice(this.designKey('').length)) : [];
  }

  /** Whether storage answers that no design is stored under `id` (not merely unreadable). */
  isGone(id: string): boolean {
    const text = this.storage.get(this.designKey(id));
    return text.ok && text.value === null;
  }

  /** The stamp of the stored version of `id` (`null`: none). */
  stamp(id: string): string | null {
    const stamp = this.storage.get(`${this.stampPrefix}${id}`);
    return stamp.ok ? stamp.value : null;
  }

  /** The stored design with the stamp it was read at; `undefined` when missing or unreadable. */
  readDesign(id: string): { loaded: LoadResult; stamp: string | null } | undefined {
    const stamp = this.stamp(id);
    const text = this.storage.get(this.designKey(id));
    if (!text.ok || text.value === null) return undefined;
    return { loaded: parseDesignJson(text.value), stamp };
  }

  /** Writes a design and a new stamp; returns the stamp. */
  writeDesign(id: string, design: Design): StorageResult<string> {
    const saved = this.storage.set(this.designKey(id), JSON.stringify(design));
    if (!saved.ok) return saved;
    const stamp = `${this.tab}.${++this.writes}`;
    this.storage.set(`${this.stampPrefix}${id}`, stamp);
    return { ok: true, value: stamp };
  }

  removeDesign(id: string): StorageResult<void> {
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
