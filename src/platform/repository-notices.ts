/**
 * What the design repository tells the studio: its save status (with "saved" only once a write has
 * really completed) and the changes other tabs made. Listeners are called synchronously.
 */
import type { ExternalChange, SaveStatus } from './design-repository-types';
import type { StorageResult } from './safe-storage';

export class RepositoryNotices {
  private statusValue: SaveStatus = { state: 'idle' };
  private readonly listeners = new Set<(status: SaveStatus) => void>();
  private readonly changeListeners = new Set<(change: ExternalChange) => void>();
  /** Counts writes still completing, so that only the latest one reports "saved". */
  private commits = 0;
  private lastCommit: Promise<unknown> = Promise.resolve();

  constructor(private readonly clock: () => number) {}

  get status(): SaveStatus {
    return this.statusValue;
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` when another tab's save changes what this one shows; returns the unsubscribe. */
  onExternalChange(listener: (change: ExternalChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Resolves once every write started so far has completed (or failed). */
  async written(): Promise<void> {
    let last: Promise<unknown>;
    do {
      last = this.lastCommit;
      await last;
    } while (last !== this.lastCommit);
  }

  /**
   * Shows "saving" until `committed` completes, then "saved" (when it is the latest write and `quiet()`
   * says nothing newer is pending) or why it failed.
   */
  protected track(committed: Promise<StorageResult<void>>, quiet: () => boolean): void {
    const commit = ++this.commits;
    if (this.statusValue.state !== 'unavailable') this.setStatus({ state: 'saving' });
    this.lastCommit = committed.then((done) => {
      if (!done.ok) this.setStatus({ state: 'unavailable', reason: done.reason });
      else if (commit === this.commits && quiet()) this.setStatus({ state: 'saved', at: this.clock() });
    });
  }

  protected setStatus(status: SaveStatus): void {
    this.statusValue = status;
    for (const listener of this.listeners) listener(status);
  }

  protected emit(change: ExternalChange): void {
    for (const listener of this.changeListeners) listener(change);
  }
}
