/**
 * Keeps the studio's design and the designs kept in this browser in step: every edit is autosaved
 * (debounced by the repository), a design opened from outside (a file, a link, a template, "New design")
 * gets its own local entry so the previous one is never overwritten, and the recent-designs list, the
 * save status and the messages shown in the banner live in one small store for the UI.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDesign } from '../../domain/model/factories';
import { renameDesign } from '../../domain/model/operations';
import type { Design } from '../../domain/model/schema';
import type {
  DesignRepository,
  ExternalChange,
  RecentDesign,
  SaveConflict,
  SaveStatus,
} from '../../platform/design-repository';
import type { SafeStart } from '../../platform/initial-design';
import { checkKeepable } from '../../platform/keepable-design';
import type { StudioStore } from '../../store/studio-store';
import { summarizeLines } from './summarize-lines';

/** A message for the banner under the header (a link or file that could not be opened). */
export interface PersistenceAlert {
  id: number;
  title: string;
  message: string;
}

export interface PersistenceState {
  status: SaveStatus;
  recent: RecentDesign[];
  currentId: string | undefined;
  alerts: PersistenceAlert[];
  /** The "changes are not being saved" warning was dismissed (the header still says so). */
  storageWarningDismissed: boolean;
  /** Set when the studio started without opening a design: the recent designs are offered instead. */
  safeStart: SafeStart | undefined;
  /** Another tab saved the open design while this one had unsaved edits: the user chooses. */
  conflict: SaveConflict | undefined;
}

/** The repository operations used here, so tests may pass the real class over a fake storage. */
export type Repository = Pick<
  DesignRepository,
  | 'create'
  | 'save'
  | 'flush'
  | 'open'
  | 'rename'
  | 'remove'
  | 'list'
  | 'currentId'
  | 'status'
  | 'subscribe'
  | 'onExternalChange'
  | 'beginOpening'
  | 'finishOpening'
  | 'conflict'
  | 'keepMineAsCopy'
  | 'takeTheirs'
>;

/** Lines shown in a banner message before the rest is counted. */
const BANNER_LINES = 5;

export class StudioPersistence {
  readonly ui: StoreApi<PersistenceState>;
  /** A design this class opened itself, so the store subscription does not record it a second time. */
  private expected: Design | undefined;
  private nextAlertId = 1;
  /** This tab marked an opening that has not been drawn yet. */
  private opening = false;

  constructor(
    readonly store: StudioStore,
    readonly repository: Repository,
  ) {
    this.ui = createStore<PersistenceState>()(() => ({
      status: repository.status,
      recent: repository.list(),
      currentId: repository.currentId,
      alerts: [],
      storageWarningDismissed: false,
      safeStart: undefined,
      conflict: repository.conflict,
    }));
  }

  /** Starts autosave; returns the function that stops it. */
  connect(): () => void {
    const offStore = this.store.subscribe((state, previous) => {
      if (state.design === previous.design) return;
      if (state.design === this.expected) {
        this.expected = undefined;
      } else if (state.past.length === 0 && state.future.length === 0) {
        // `openDesign` (a template, "New design") resets the history; an edit, undo or redo never
        // leaves both stacks empty. Another design deserves its own entry, not the current one's.
        this.repository.create(state.design);
      } else {
        this.repository.save(state.design);
      }
      this.refresh();
    });
    const offStatus = this.repository.subscribe(() => this.refresh());
    const offChanges = this.repository.onExternalChange((change) => this.takeExternal(change));
    return () => {
      offStore();
      offStatus();
      offChanges();
    };
  }

  /**
   * Opens a design that arrived from outside (file, link) as a new local entry; `false`, with the
   * reason in the banner and the open design unchanged, when it could not be kept (past the limits).
   */
  openAsNew(design: Design, source = 'The design'): boolean {
    const keepable = checkKeepable(design);
    if (!keepable.ok) {
      this.alert(`${source} could not be opened`, `${keepable.reason}\nThe open design was not changed.`);
      return false;
    }
    this.repository.create(design);
    this.show(design);
    return true;
  }

  /** Starts the studio without a design (a safe start); the recent designs dialog offers them. */
  startSafely(safe: SafeStart): void {
    this.ui.setState({ safeStart: safe });
  }

  /** The safe start's choice is made (or dismissed). */
  endSafeStart(): void {
    if (this.ui.getState().safeStart) this.ui.setState({ safeStart: undefined });
  }

  /** Notes that the current design is being opened, until `finishOpening` (after it is drawn). */
  beginOpening(): void {
    const id = this.repository.currentId;
    if (id === undefined) return;
    this.repository.beginOpening(id);
    this.opening = true;
  }

  /** The design being opened is drawn: a restart may open it again. */
  finishOpening(): void {
    if (!this.opening) return;
    this.opening = false;
    this.repository.finishOpening();
  }

  /** Resolves a conflict with another tab's save: keep this tab's version as a copy, or take theirs. */
  resolveConflict(choice: 'mine' | 'theirs'): void {
    if (choice === 'mine') {
      const kept = this.repository.keepMineAsCopy();
      if (kept) {
        this.show(kept.design);
        this.store.getState().notify(`Kept your version as “${kept.design.name}”.`);
      }
    } else {
      const theirs = this.repository.takeTheirs();
      if (theirs) {
        this.show(theirs);
        this.store.getState().notify('Opened the version saved in the other tab.');
      }
    }
    this.ui.setState({ conflict: this.repository.conflict });
    this.refresh();
  }

  private takeExternal(change: ExternalChange) {
    if (change.type === 'updated' && change.id === this.repository.currentId) {
      this.expected = change.design;
      this.store.getState().openDesign(change.design);
      this.store.getState().notify('Updated with the changes saved in another tab.');
    }
    if (change.type === 'conflict') this.ui.setState({ conflict: change.conflict });
    this.refresh();
  }

  /** Starts an empty design as a new local entry. */
  newDesign(): void {
    this.openAsNew(createDesign({ name: 'Untitled design' }));
    this.store.getState().notify('Started a new design.');
  }

  /** Opens a recent design; `false` when it is no longer there. */
  openEntry(id: string): boolean {
    const design = this.repository.open(id);
    if (!design) {
      this.alert('The design could not be opened', 'It is no longer in the recent designs list.');
      this.refresh();
      return false;
    }
    this.show(design);
    return true;
  }

  /** Renames a recent design; the open one is renamed through the store, so it can be undone. */
  rename(id: string, name: string): void {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (id === this.repository.currentId) {
      this.store.getState().apply((d) => renameDesign(d, trimmed));
    } else {
      this.repository.rename(id, trimmed);
    }
    this.refresh();
  }

  /**
   * Deletes a recent design; deleting the open one opens the next most recent (or a new design), except
   * during a safe start, where nothing is opened unasked.
   */
  remove(id: string): void {
    const wasCurrent = id === this.repository.currentId && !this.ui.getState().safeStart;
    this.repository.remove(id);
    if (wasCurrent) {
      const next = this.repository.list()[0];
      if (next) this.openEntry(next.id);
      else this.openAsNew(createDesign({ name: 'Untitled design' }));
    }
    this.refresh();
  }

  /** Shows a message in the banner (role="alert"); a long list is cut to its first lines and a count. */
  alert(title: string, message: string): void {
    const alert = { id: this.nextAlertId++, title, message: summarizeLines(message, BANNER_LINES) };
    // The newest message first; the same title replaces its older message instead of piling up.
    const others = this.ui.getState().alerts.filter((a) => a.title !== title);
    this.ui.setState({ alerts: [alert, ...others].slice(0, 3) });
  }

  dismissAlert(id: number): void {
    this.ui.setState({ alerts: this.ui.getState().alerts.filter((a) => a.id !== id) });
  }

  dismissStorageWarning(): void {
    this.ui.setState({ storageWarningDismissed: true });
  }

  private show(design: Design) {
    if (this.store.getState().design !== design) this.expected = design;
    this.endSafeStart();
    this.beginOpening();
    this.store.getState().openDesign(design);
    // Messages about what could not be opened concerned the previous design; a new one starts clean.
    if (this.ui.getState().alerts.length > 0) this.ui.setState({ alerts: [] });
    this.refresh();
  }

  private refresh() {
    const status = this.repository.status;
    const previous = this.ui.getState().status;
    this.ui.setState({
      status,
      recent: this.repository.list(),
      currentId: this.repository.currentId,
      // A new failure shows the warning again even if an earlier one was dismissed.
      ...(status.state === 'unavailable' && previous.state !== 'unavailable'
        ? { storageWarningDismissed: false }
        : {}),
    });
  }
}
