/** The shapes the design repository hands out: save status, start-up result, conflicts, options. */
import type { Design } from '../domain/model/schema';
import type { DesignBodies } from './design-bodies';
import type { StorageLike } from './safe-storage';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'unavailable'; reason: string };

export interface RepositoryStart {
  /** The design to show: the one current before the reload, else the most recent that loads. */
  current?: { id: string; design: Design };
  /** The entry whose opening never finished last time (still in the list), if any. */
  unfinished?: string;
  /** Stored entries that could not be read, in words. */
  problems: string[];
}

/** Two versions of the open design: this tab's unsaved edits and what another tab saved meanwhile. */
export interface SaveConflict {
  id: string;
  mine: Design;
  theirs: Design;
}

/** What another tab changed, as seen by this one. */
export type ExternalChange =
  | { type: 'updated'; id: string; design: Design }
  | { type: 'conflict'; conflict: SaveConflict }
  | { type: 'list' };

export interface DesignRepositoryOptions {
  storage?: () => StorageLike | null | undefined;
  /** Where the designs go when not in `storage` (IndexedDB); by default the browser's, unless `storage` is given. */
  bodies?: () => DesignBodies | undefined;
  prefix?: string;
  debounceMs?: number;
  now?: () => number;
  newId?: () => string;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}
