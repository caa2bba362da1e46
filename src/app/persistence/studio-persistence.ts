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
import type { DesignRepository, RecentDesign, SaveStatus } from '../../platform/design-repository';
import type { StudioStore } from '../../store/studio-store';

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
}

/** The repository operations used here, so tests may pass the real class over a fake storage. */
export type Repository = Pick<
  DesignRepository,
  'create' | 'save' | 'flush' | 'open' | 'rename' | 'remove' | 'list' | 'currentId' | 'status' | 'subscribe'
>;

export class StudioPersistence {
  readonly ui: StoreApi<PersistenceState>;
  /** A design this class opened itself, so the store subscription does not record it a second time. */
  private expected: Design | undefined;
  private nextAlertId = 1;

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
    return () => {
      offStore();
      offStatus();
    };
  }

  /** Opens a design that arrived from outside (file, link) as a new local entry. */
  openAsNew(design: Design): void {
    this.repository.create(design);
    this.show(design);
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

  /** Deletes a recent design; deleting the open one opens the next most recent (or a new design). */
  remove(id: string): void {
    const wasCurrent = id === this.repository.currentId;
    this.repository.remove(id);
    if (wasCurrent) {
      const next = this.repository.list()[0];
      if (next) this.openEntry(next.id);
      else this.openAsNew(createDesign({ name: 'Untitled design' }));
    }
    this.refresh();
  }

  /** Shows a message in the banner (role="alert"). */
  alert(title: string, message: string): void {
    const alert = { id: this.nextAlertId++, title, message };
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
