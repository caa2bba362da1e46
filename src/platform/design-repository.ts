/**
 * The designs kept in this browser: autosave of the current design (debounced), a list of recent
 * designs (open, rename, delete), and the id of the current one so that a reload restores it exactly
 * (the storage layout is in `design-storage.ts`: IndexedDB for the designs when the browser offers it,
 * localStorage otherwise and for the list).
 *
 * Tabs of the studio share the storage: a save in another tab replaces the open design when this tab
 * has no unsaved edits, and otherwise becomes a conflict the user resolves; no version is written over
 * one this tab has not seen. An opening is marked until the design is drawn: still marked at start-up,
 * it means the last opening never finished (the tab froze or crashed), and the studio starts safely.
 *
 * Storage may be missing, blocked or full at any moment: the repository then keeps working in memory
 * and reports `unavailable` with a reason, which the studio shows as "changes are not being saved".
 * A design that would not open again (past the loader's limits) is never written: the status says why.
 * Corrupt stored entries are skipped with a reported problem, never a crash.
 */

import { parseDesign } from '../domain/model/load';
import type { Design } from '../domain/model/schema';
import { serializeDesign } from '../domain/model/serialize-design';
import { type DesignBodies, indexedDbBodies } from './design-bodies';
import type {
  DesignRepositoryOptions,
  ExternalChange,
  RepositoryStart,
  SaveConflict,
  SaveStatus,
} from './design-repository-types';
import { DesignStorage } from './design-storage';
import { checkKeepable } from './keepable-design';
import { RepositoryNotices } from './repository-notices';
import { browserStorage, type StorageLike } from './safe-storage';
import { mergeEntries, type RecentDesign, type StoredIndex } from './stored-index';

export type {
  DesignRepositoryOptions,
  ExternalChange,
  RepositoryStart,
  SaveConflict,
  SaveStatus,
} from './design-repository-types';
export type { RecentDesign } from './stored-index';

const canonical = new WeakMap<Design, string>();

/**
 * The design's text as the loader would give it back (defaults filled in, fields in the format's order),
 * so that a template just made and the same template read back from storage compare equal.
 */
function canonicalText(design: Design): string {
  let text = canonical.get(design);
  if (text === undefined) {
    const loaded = parseDesign(design);
    text = serializeDesign(loaded.ok ? loaded.design : design);
    canonical.set(design, text);
  }
  return text;
}

export class DesignRepository extends RepositoryNotices {
  private readonly storage: DesignStorage;
  private readonly bodies: () => DesignBodies | undefined;
  private readonly debounceMs: number;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  /** The truth in memory; storage is where it is copied when it can be. */
  private entries: RecentDesign[] = [];
  private readonly designs = new Map<string, Design>();
  /** The stamp of the stored version each design in memory is based on (`null`: none stored). */
  private readonly stamps = new Map<string, string | null>();
  private currentIdValue: string | undefined;
  private pending: { id: string; design: Design } | undefined;
  private conflictValue: SaveConflict | undefined;
  private timer: unknown;

  constructor(options: DesignRepositoryOptions = {}) {
    super(options.now ?? Date.now);
    const prefix = options.prefix ?? 'vnet-studio';
    this.storage = new DesignStorage(options.storage ?? browserStorage, prefix);
    // The browser's IndexedDB goes with the browser's localStorage; a storage given (tests) comes alone.
    this.bodies = options.bodies ?? (() => (options.storage ? undefined : indexedDbBodies(prefix)));
    this.debounceMs = options.debounceMs ?? 300;
    this.now = options.now ?? Date.now;
    this.newId =
      options.newId ?? (() => `local-${this.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
    this.setTimer = options.setTimer ?? ((cb, ms) => globalThis.setTimeout(cb, ms));
    this.clearTimer =
      options.clearTimer ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /**
   * Moves the designs to IndexedDB when it works (see `design-storage.ts`); call once before `start`.
   * Resolves whether IndexedDB is used; without it, designs stay in localStorage.
   */
  prepare(): Promise<boolean> {
    return this.storage.connect(this.bodies());
  }

  /** Reads what is stored; call once at start-up (after `prepare`). */
  start(): RepositoryStart {
    const problems: string[] = [];
    const index = this.storage.readIndex();
    if (!index.ok) {
      this.setStatus({ state: 'unavailable', reason: index.reason });
      return { problems };
    }
    const stored = index.value;
    if (!stored.readable) {
      problems.push('The list of local designs was unreadable; it was rebuilt from the designs found.');
    }
    const known = new Set(stored.entries.map((e) => e.id));
    // Designs saved without an index entry (an index lost or corrupted) are found by their keys.
    const orphans = this.storage
      .storedIds()
      .filter((id) => !known.has(id))
      .map((id) => ({ id, name: '', updatedAt: 0 }));
    for (const entry of [...stored.entries, ...orphans]) {
      const loaded = this.load(entry.id);
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
      stored.currentId !== undefined && this.designs.has(stored.currentId)
        ? stored.currentId
        : this.entries[0]?.id;
    this.currentIdValue = currentId;
    const design = currentId === undefined ? undefined : this.designs.get(currentId);
    const unfinished = this.storage.openingId();
    return {
      ...(currentId && design ? { current: { id: currentId, design } } : {}),
      ...(unfinished && this.designs.has(unfinished) ? { unfinished } : {}),
      problems,
    };
  }

  /** The stored design of an entry, noting the stamp it was read at; `undefined` when missing. */
  private load(id: string) {
    const read = this.storage.readDesign(id);
    if (read?.loaded.ok) this.stamps.set(id, read.stamp);
    return read?.loaded;
  }

  /** The recent designs, most recently changed first. */
  list(): RecentDesign[] {
    return this.entries.map((e) => ({ ...e }));
  }

  get currentId(): string | undefined {
    return this.currentIdValue;
  }

  /** The unresolved conflict with another tab's save, if any. */
  get conflict(): SaveConflict | undefined {
    return this.conflictValue;
  }

  /** Whether the current design has edits not yet written. */
  get hasUnsavedEdits(): boolean {
    return this.pending !== undefined || this.conflictValue !== undefined;
  }

  /**
   * Adds a design as a new local entry and makes it current (a new design, an opened share link or
   * file). Whatever was current stays in the list, saved. With `current: false` the entry is only
   * added to the list. `stored` is `design` already checked with `checkKeepable` and serialized as the
   * storage keeps it (`JSON.stringify`), e.g. by the link worker: it is written as it is.
   *
   * The same design is never listed twice: when an entry already holds this very design (the same
   * design id and the same content: a template picked again before it was edited, a link or file
   * opened again), that entry is reused and moves to the top. An entry the user edited since is a
   * different design by now and is kept as it is, beside the new one.
   */
  create(design: Design, options: { current?: boolean; stored?: string } = {}): string {
    this.flush();
    const same = this.entryHolding(design);
    if (same !== undefined) {
      const entry = this.entries.find((e) => e.id === same);
      if (entry) entry.updatedAt = this.now();
      this.sortEntries();
      if (options.current !== false) this.currentIdValue = same;
      // Nothing to write: the entry holds this design already.
      if (this.writeIndex() && this.status.state !== 'unavailable')
        this.setStatus({ state: 'saved', at: this.now() });
      return same;
    }
    const id = this.newId();
    this.entries.unshift({ id, name: design.name, updatedAt: this.now() });
    this.designs.set(id, design);
    this.stamps.set(id, null);
    if (options.current !== false) this.currentIdValue = id;
    this.sortEntries();
    this.write(id, design, options.stored);
    return id;
  }

  /** Records a change to the current design; it is written after `debounceMs` of quiet. */
  save(design: Design): void {
    const id = this.currentIdValue ?? this.create(design);
    if (this.conflictValue?.id === id) {
      this.conflictValue = { ...this.conflictValue, mine: design };
      return;
    }
    this.designs.set(id, design);
    this.touch(id, design.name);
    this.pending = { id, design };
    if (this.status.state !== 'unavailable') this.setStatus({ state: 'saving' });
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => this.flush(), this.debounceMs);
  }

  /**
   * Writes a pending change now (before switching designs, on `pagehide`). With `leaving`, an
   * unresolved conflict keeps this tab's version as a copy, since nobody is left to choose.
   */
  flush(options: { leaving?: boolean } = {}): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.write(pending.id, pending.design);
    if (options.leaving && this.conflictValue) this.keepMineAsCopy();
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
    if (this.conflictValue?.id === id) this.conflictValue = undefined;
    this.entries = this.entries.filter((e) => e.id !== id);
    this.designs.delete(id);
    this.stamps.delete(id);
    if (this.currentIdValue === id) this.currentIdValue = undefined;
    const removed = this.storage.removeDesign(id);
    if (!removed.ok) this.setStatus({ state: 'unavailable', reason: removed.reason });
    this.writeIndex();
  }

  /** Notes that `id` is being opened; until `finishOpening`, a restart will not open it again. */
  beginOpening(id: string): void {
    this.storage.markOpening(id, this.now());
  }

  /** The opening began with `beginOpening` finished (the design is drawn). */
  finishOpening(): void {
    this.storage.clearOpening();
  }

  /** Resolves a conflict by keeping this tab's version as a new entry; returns it, now current. */
  keepMineAsCopy(name?: string): { id: string; design: Design } | undefined {
    const conflict = this.conflictValue;
    if (!conflict) return undefined;
    this.conflictValue = undefined;
    this.adopt(conflict.id, conflict.theirs);
    const design = { ...conflict.mine, name: name ?? `${conflict.mine.name} (my copy)` };
    const id = this.create(design);
    return { id, design };
  }

  /** Resolves a conflict by taking the other tab's version; returns it. */
  takeTheirs(): Design | undefined {
    const conflict = this.conflictValue;
    if (!conflict) return undefined;
    this.conflictValue = undefined;
    this.adopt(conflict.id, conflict.theirs);
    this.setStatus({ state: 'saved', at: this.now() });
    return conflict.theirs;
  }

  /**
   * Takes in a change another tab made to storage (a `storage` event's key). Saves of the open design
   * replace it when this tab has no unsaved edits, and otherwise become a conflict for the user.
   */
  receive(key: string): Promise<void> {
    const ready = this.storage.refresh(this.toRefresh(key));
    if (!ready) {
      this.receiveNow(key);
      return Promise.resolve();
    }
    return ready.then(() => this.receiveNow(key));
  }

  /** The stored designs a change to `key` may concern (designs this tab may not have read yet). */
  private toRefresh(key: string): string[] {
    if (key.startsWith(this.storage.stampPrefix)) return [key.slice(this.storage.stampPrefix.length)];
    if (key !== this.storage.indexKey) return [];
    const index = this.storage.readIndex();
    if (!index.ok) return [];
    return index.value.entries.map((e) => e.id).filter((id) => !this.designs.has(id));
  }

  private receiveNow(key: string): void {
    if (key === this.storage.indexKey) {
      this.mergeIndex();
      return;
    }
    if (!key.startsWith(this.storage.stampPrefix)) return;
    const id = key.slice(this.storage.stampPrefix.length);
    const read = this.storage.readDesign(id);
    if (!read?.loaded.ok || read.stamp === null || read.stamp === this.stamps.get(id)) return;
    this.theirs(id, read.loaded.design, read.stamp);
  }

  private theirs(id: string, design: Design, stamp: string) {
    if (id !== this.currentIdValue) {
      this.adopt(id, design, stamp);
      if (!this.entries.some((e) => e.id === id)) {
        this.entries.push({ id, name: design.name, updatedAt: this.now() });
        this.sortEntries();
      }
      this.emit({ type: 'list' });
      return;
    }
    const mine = this.conflictValue?.mine ?? this.pending?.design;
    if (mine) {
      if (this.timer !== undefined) this.clearTimer(this.timer);
      this.timer = undefined;
      this.pending = undefined;
      this.conflictValue = { id, mine, theirs: design };
      this.stamps.set(id, stamp);
      this.setStatus({
        state: 'unavailable',
        reason: 'Another tab saved this design too; choose which version to keep.',
      });
      this.emit({ type: 'conflict', conflict: this.conflictValue });
      return;
    }
    this.adopt(id, design, stamp);
    this.emit({ type: 'updated', id, design });
  }

  /** Makes `design` this tab's copy of entry `id`, as stored (at `stamp`, else the stored one). */
  private adopt(id: string, design: Design, stamp = this.storage.stamp(id)) {
    this.designs.set(id, design);
    this.stamps.set(id, stamp);
    const entry = this.entries.find((e) => e.id === id);
    if (entry) entry.name = design.name;
  }

  /** Brings in entries another tab added, renamed or deleted. */
  private mergeIndex() {
    const index = this.storage.readIndex();
    if (!index.ok || !index.value.readable) return;
    const merged = mergeEntries(this.entries, index.value.entries, {
      currentId: this.currentIdValue,
      load: (id) => {
        const loaded = this.load(id);
        if (loaded?.ok) this.designs.set(id, loaded.design);
        return loaded?.ok === true;
      },
      isGone: (id) => this.storage.isGone(id),
    });
    if (!merged.changed) return;
    for (const id of merged.removed) this.designs.delete(id);
    this.entries = merged.entries;
    this.sortEntries();
    this.emit({ type: 'list' });
  }

  /** The entry whose design is this design (same id, same content), if any. */
  private entryHolding(design: Design): string | undefined {
    let text: string | undefined;
    for (const entry of this.entries) {
      const held = this.designs.get(entry.id);
      if (!held || held.id !== design.id || this.conflictValue?.id === entry.id) continue;
      if (held === design) return entry.id;
      text ??= canonicalText(design);
      if (canonicalText(held) === text) return entry.id;
    }
    return undefined;
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

  private write(id: string, written: Design, serialized?: string) {
    let design = written;
    let text = serialized;
    const keepable = text !== undefined ? { ok: true as const } : checkKeepable(design);
    if (!keepable.ok) {
      this.setStatus({ state: 'unavailable', reason: keepable.reason });
      return;
    }
    // Another tab saved this design since this tab read it: never write over a version not seen.
    const stored = this.storage.stamp(id);
    const known = this.stamps.get(id);
    if (stored !== null && known !== undefined && stored !== known) {
      const loaded = this.storage.readDesign(id)?.loaded;
      if (loaded?.ok && id === this.currentIdValue) {
        this.pending = { id, design };
        this.theirs(id, loaded.design, stored);
        return;
      }
      // Only a rename writes another entry: it applies to their version.
      if (loaded?.ok) design = { ...loaded.design, name: design.name };
      text = undefined;
      this.adopt(id, design, stored);
    }
    const saved = this.storage.writeDesign(id, design, text);
    if (!saved.ok) {
      this.setStatus({ state: 'unavailable', reason: saved.reason });
      return;
    }
    this.stamps.set(id, saved.value);
    if (!this.writeIndex()) return;
    if (!saved.committed) {
      this.setStatus({ state: 'saved', at: this.now() });
      return;
    }
    // "Saved" only once IndexedDB has the design; a failure says why.
    this.track(saved.committed, () => !this.conflictValue && !this.pending);
  }

  private writeIndex(): boolean {
    const index: StoredIndex = {
      version: 1,
      ...(this.currentIdValue ? { currentId: this.currentIdValue } : {}),
      entries: this.entries,
    };
    const saved = this.storage.writeIndex(index);
    if (!saved.ok) this.setStatus({ state: 'unavailable', reason: saved.reason });
    return saved.ok;
  }
}
