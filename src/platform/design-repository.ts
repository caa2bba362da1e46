/**
 * The designs kept in this browser: autosave of the current design (debounced), a list of recent
 * designs (open, rename, delete), and the id of the current one so that a reload restores it exactly.
 *
 * Storage layout (all keys under one prefix, `vnet-studio` by default):
 * - `<prefix>:index`  — `{ "version": 1, "currentId": "...", "entries": [{ "id", "name", "updatedAt" }] }`
 * - `<prefix>:design:<id>` — the design document, in the documented file format.
 *
 * Storage may be missing, blocked or full at any moment: the repository then keeps working in memory
 * and reports `unavailable` with a reason, which the studio shows as "changes are not being saved".
 * Corrupt stored entries are skipped with a reported problem, never a crash.
 */
import { parseDesignJson } from '../domain/model/load';
import type { Design } from '../domain/model/schema';
import { browserStorage, SafeStorage, type StorageLike } from './safe-storage';

export interface RecentDesign {
  /** The local entry's id (not the design's own `id`: the same design may be opened twice). */
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'unavailable'; reason: string };

export interface RepositoryStart {
  /** The design to show: the one current before the reload, else the most recent that loads. */
  current?: { id: string; design: Design };
  /** Stored entries that could not be read, in words. */
  problems: string[];
}

export interface DesignRepositoryOptions {
  storage?: () => StorageLike | null | undefined;
  prefix?: string;
  debounceMs?: number;
  now?: () => number;
  newId?: () => string;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

interface StoredIndex {
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

export class DesignRepository {
  private readonly storage: SafeStorage;
  private readonly prefix: string;
  private readonly debounceMs: number;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  /** The truth in memory; storage is where it is copied when it can be. */
  private entries: RecentDesign[] = [];
  private readonly designs = new Map<string, Design>();
  private currentIdValue: string | undefined;
  private pending: { id: string; design: Design } | undefined;
  private timer: unknown;
  private statusValue: SaveStatus = { state: 'idle' };
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(options: DesignRepositoryOptions = {}) {
    this.storage = new SafeStorage(options.storage ?? browserStorage);
    this.prefix = options.prefix ?? 'vnet-studio';
    this.debounceMs = options.debounceMs ?? 300;
    this.now = options.now ?? Date.now;
    this.newId =
      options.newId ?? (() => `local-${this.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
    this.setTimer = options.setTimer ?? ((cb, ms) => globalThis.setTimeout(cb, ms));
    this.clearTimer =
      options.clearTimer ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  private get indexKey() {
    return `${this.prefix}:index`;
  }

  private designKey(id: string) {
    return `${this.prefix}:design:${id}`;
  }

  /** Reads what is stored; call once at start-up. */
  start(): RepositoryStart {
    const problems: string[] = [];
    const index = this.storage.get(this.indexKey);
    if (!index.ok) {
      this.setStatus({ state: 'unavailable', reason: index.reason });
      return { problems };
    }
    let stored: Partial<StoredIndex> = {};
    if (index.value !== null) {
      try {
        const parsed: unknown = JSON.parse(index.value);
        if (typeof parsed === 'object' && parsed !== null) stored = parsed as Partial<StoredIndex>;
        else throw new Error('not an object');
      } catch {
        problems.push('The list of local designs was unreadable; it was rebuilt from the designs found.');
      }
    }
    const listed = Array.isArray(stored.entries) ? stored.entries.filter(isEntry) : [];
    const known = new Set(listed.map((e) => e.id));
    // Designs saved without an index entry (an index lost or corrupted) are found by their keys.
    const keys = this.storage.keys(`${this.prefix}:design:`);
    const orphans = (keys.ok ? keys.value : [])
      .map((k) => k.slice(this.designKey('').length))
      .filter((id) => !known.has(id))
      .map((id) => ({ id, name: '', updatedAt: 0 }));
    for (const entry of [...listed, ...orphans]) {
      const text = this.storage.get(this.designKey(entry.id));
      const loaded = text.ok && text.value !== null ? parseDesignJson(text.value) : undefined;
      if (!loaded?.ok) {
        problems.push(
          `The local design "${entry.name || entry.id}" could not be opened and was skipped${
            loaded && !loaded.ok ? ` (${loaded.errors[0]?.message ?? 'invalid'})` : ' (missing)'
          }.`,
        );
        continue;
      }
      this.designs.set(entry.id, loaded.design);
      this.entries.push({ ...entry, name: entry.name || loaded.design.name });
    }
    this.sortEntries();
    const currentId =
      typeof stored.currentId === 'string' && this.designs.has(stored.currentId)
        ? stored.currentId
        : this.entries[0]?.id;
    this.currentIdValue = currentId;
    const design = currentId === undefined ? undefined : this.designs.get(currentId);
    return { ...(currentId && design ? { current: { id: currentId, design } } : {}), problems };
  }

  /** The recent designs, most recently changed first. */
  list(): RecentDesign[] {
    return this.entries.map((e) => ({ ...e }));
  }

  get currentId(): string | undefined {
    return this.currentIdValue;
  }

  get status(): SaveStatus {
    return this.statusValue;
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds a design as a new local entry and makes it current (a new design, an opened share link or
   * file). Whatever was current stays in the list, saved.
   */
  create(design: Design): string {
    this.flush();
    const id = this.newId();
    this.entries.unshift({ id, name: design.name, updatedAt: this.now() });
    this.designs.set(id, design);
    this.currentIdValue = id;
    this.sortEntries();
    this.write(id, design);
    return id;
  }

  /** Records a change to the current design; it is written after `debounceMs` of quiet. */
  save(design: Design): void {
    const id = this.currentIdValue ?? this.create(design);
    this.designs.set(id, design);
    this.touch(id, design.name);
    this.pending = { id, design };
    if (this.statusValue.state !== 'unavailable') this.setStatus({ state: 'saving' });
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => this.flush(), this.debounceMs);
  }

  /** Writes a pending change now (before switching designs, on `pagehide`). */
  flush(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.write(pending.id, pending.design);
  }

  /** Makes a stored design current and returns it, or `undefined` when there is no such entry. */
  open(id: string): Design | undefined {
    const design = this.designs.get(id);
    if (!design) return undefined;
    this.flush();
    this.currentIdValue = id;
    this.writeIndex();
    return design;
  }

  /** Renames an entry (and the design's `name`); returns the renamed design. */
  rename(id: string, name: string): Design | undefined {
    const design = this.designs.get(id);
    if (!design) return undefined;
    if (this.pending?.id === id) this.flush();
    const renamed = { ...design, name };
    this.designs.set(id, renamed);
    this.touch(id, name);
    this.write(id, renamed);
    return renamed;
  }

  /** Deletes an entry; deleting the current design leaves no current design. */
  remove(id: string): void {
    if (this.pending?.id === id) {
      this.pending = undefined;
      this.flush();
    }
    this.entries = this.entries.filter((e) => e.id !== id);
    this.designs.delete(id);
    if (this.currentIdValue === id) this.currentIdValue = undefined;
    const removed = this.storage.remove(this.designKey(id));
    if (!removed.ok) this.setStatus({ state: 'unavailable', reason: removed.reason });
    this.writeIndex();
  }

  private touch(id: string, name: string) {
    const entry = this.entries.find((e) => e.id === id);
    if (entry) {
      entry.name = name;
      entry.updatedAt = this.now();
    }
    this.sortEntries();
  }

  private sortEntries() {
    this.entries.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  private write(id: string, design: Design) {
    const saved = this.storage.set(this.designKey(id), JSON.stringify(design));
    if (!saved.ok) {
      this.setStatus({ state: 'unavailable', reason: saved.reason });
      return;
    }
    if (this.writeIndex()) this.setStatus({ state: 'saved', at: this.now() });
  }

  private writeIndex(): boolean {
    const index: StoredIndex = {
      version: 1,
      ...(this.currentIdValue ? { currentId: this.currentIdValue } : {}),
      entries: this.entries,
    };
    const saved = this.storage.set(this.indexKey, JSON.stringify(index));
    if (!saved.ok) this.setStatus({ state: 'unavailable', reason: saved.reason });
    return saved.ok;
  }

  private setStatus(status: SaveStatus) {
    this.statusValue = status;
    for (const listener of this.listeners) listener(status);
  }
}
