/**
 * Start-up: which design the studio shows first. A share link in the address opens as its own local
 * design; otherwise the design that was open before comes back; the very first visit opens white paper
 * scenario 1. When the last opening never finished, or the address says `#safe`, no design is opened
 * and the recent designs are offered instead. A broken link or unreadable local entries are reported
 * in the banner, never thrown.
 */
import { makeRoom } from '../../canvas/make-room';
import { placeGroup } from '../../canvas/place-group';
import { createDesign } from '../../domain/model/factories';
import type { Design } from '../../domain/model/schema';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { DesignRepository } from '../../platform/design-repository';
import { openInitialDesign } from '../../platform/initial-design';
import { markStart } from '../../platform/start-marks';
import type { HistoryLike, LocationLike } from '../../platform/url-hash';
import { createStudioStore, type StudioStore } from '../../store/studio-store';
import { StudioPersistence } from './studio-persistence';

export interface StudioStart {
  store: StudioStore;
  persistence: StudioPersistence;
  repository: DesignRepository;
}

export interface StartOptions {
  repository?: DesignRepository;
  location?: LocationLike;
  history?: HistoryLike;
  /** The design of a first visit. */
  firstDesign?: () => Design;
}

/** Opens the first design and wires autosave; resolves once the studio can render. */
export async function startStudio(options: StartOptions = {}): Promise<StudioStart> {
  const repository = options.repository ?? new DesignRepository();
  const firstDesign = options.firstDesign ?? whitepaperScenario1;
  let initial: Awaited<ReturnType<typeof openInitialDesign>>;
  let failure: string | undefined;
  try {
    initial = await openInitialDesign(repository, options.location, options.history);
    markStart('vnet:design-stored');
  } catch (e) {
    // Not expected (the repository and the decoder return results), but start-up must never fail.
    initial = { problems: [] };
    failure = (e as Error)?.message ?? String(e);
  }
  let design = initial.opened?.design;
  if (initial.safe) {
    // Shown, not stored: it becomes a local design only if it is edited.
    design = createDesign({ name: 'Untitled design' });
  } else if (!design) {
    design = firstDesign();
    repository.create(design);
  }
  const store = createStudioStore(design, {
    settle: makeRoom,
    placePasted: (d, ids) => placeGroup(d, ids, { how: 'clear' }),
  });
  const persistence = new StudioPersistence(store, repository);
  if (initial.safe) persistence.startSafely(initial.safe);
  else persistence.beginOpening();
  if (initial.linkError) {
    persistence.alert(
      'The link could not be opened',
      `${initial.linkError.message}\n${
        initial.opened
          ? `Your previous design “${design.name}” is still open.`
          : initial.safe
            ? 'No design was opened.'
            : `“${design.name}” is open instead, as no design is kept in this browser yet.`
      }`,
    );
  }
  if (initial.problems.length > 0) {
    persistence.alert('Some designs saved in this browser could not be opened', initial.problems.join('\n'));
  }
  if (failure) persistence.alert('Your saved designs could not be read', failure);
  if (initial.opened?.source === 'link') {
    store
      .getState()
      .notify(`Opened “${design.name}” from a link. It is kept in this browser as a new design.`);
  }
  return { store, persistence, repository };
}
