/**
 * Which design the studio opens at start-up. A share link in the address wins and opens as a new local
 * design (the previous one stays in the recent list, untouched); the fragment is cleared whether the
 * link opens or not, so a reload restores the local copy and a broken link does not stay in the address.
 * Otherwise the design that was current before the reload comes back, unless its opening never finished
 * last time (the tab froze or crashed) or the address says `#safe`: then nothing is opened and the
 * studio offers the recent designs (a link is then only added to them).
 */
import type { Design } from '../domain/model/schema';
import type { DesignRepository } from './design-repository';
import { decodeStartLink } from './early-link';
import {
  clearShareFragment,
  type HistoryLike,
  type LocationLike,
  readSafeSwitch,
  readShareFragment,
} from './url-hash';

export interface SafeStart {
  /** `requested`: the address said `#safe`; `unfinished`: the last opening never finished. */
  reason: 'requested' | 'unfinished';
  /** The entry whose opening did not finish. */
  entryId?: string;
  /** The entry a link in the address was added as, not opened. */
  linkId?: string;
}

export type InitialDesign = {
  /** The design to show, with its local entry; absent when nothing is stored (show a template). */
  opened?: { id: string; design: Design; source: 'link' | 'local' };
  /** Set when no design is to be opened: show the recent designs instead. */
  safe?: SafeStart;
  /** Why the link in the address could not be opened, when it could not. */
  linkError?: { code: string; message: string };
  /** Local entries that were skipped as unreadable. */
  problems: string[];
};

export async function openInitialDesign(
  repository: DesignRepository,
  location?: LocationLike,
  history?: HistoryLike,
): Promise<InitialDesign> {
  await repository.prepare();
  const { current, unfinished, problems } = repository.start();
  const fragment = readShareFragment(location);
  const safeRequested = readSafeSwitch(location);
  if (fragment !== undefined || safeRequested) clearShareFragment(location, history);
  let link: Design | undefined;
  let linkStored: string | undefined;
  let linkError: InitialDesign['linkError'];
  if (fragment !== undefined) {
    // Usually decoding since the page's first script ran (see `early-link.ts`).
    const { result, keepable, stored } = await decodeStartLink(fragment);
    if (!result.ok) linkError = { code: result.code, message: result.message };
    else if (keepable && !keepable.ok) linkError = { code: 'too-large', message: keepable.reason };
    else {
      link = result.design;
      // Checked and serialized by the decoder (in its worker for a long link).
      linkStored = keepable ? stored : undefined;
    }
  }
  const withError = linkError ? { linkError } : {};
  if (safeRequested || unfinished !== undefined) {
    const linkId = link ? repository.create(link, { current: false, stored: linkStored }) : undefined;
    await repository.written();
    const safe: SafeStart = {
      reason: unfinished !== undefined ? 'unfinished' : 'requested',
      ...(unfinished !== undefined ? { entryId: unfinished } : {}),
      ...(linkId !== undefined ? { linkId } : {}),
    };
    return { safe, ...withError, problems };
  }
  if (link) {
    const id = repository.create(link, { stored: linkStored });
    // Stored before it is drawn: a tab that crashes while drawing it finds it at the next visit.
    await repository.written();
    return { opened: { id, design: link, source: 'link' }, problems };
  }
  return {
    ...(current ? { opened: { ...current, source: 'local' as const } } : {}),
    ...withError,
    problems,
  };
}
