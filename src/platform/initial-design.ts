/**
 * Which design the studio opens at start-up. A share link in the address wins and opens as a new local
 * design (the previous one stays in the recent list, untouched), and the fragment is then cleared so a
 * reload restores the local copy instead of importing again. Otherwise the design that was current
 * before the reload comes back.
 */
import type { Design } from '../domain/model/schema';
import { decodeShareLink, type ShareDecodeResult } from '../domain/share/share-link';
import type { DesignRepository } from './design-repository';
import { clearShareFragment, type HistoryLike, type LocationLike, readShareFragment } from './url-hash';

export type InitialDesign = {
  /** The design to show, with its local entry; absent when nothing is stored (show a template). */
  opened?: { id: string; design: Design; source: 'link' | 'local' };
  /** Why the link in the address could not be opened, when it could not. */
  linkError?: Extract<ShareDecodeResult, { ok: false }>;
  /** Local entries that were skipped as unreadable. */
  problems: string[];
};

export async function openInitialDesign(
  repository: DesignRepository,
  location?: LocationLike,
  history?: HistoryLike,
): Promise<InitialDesign> {
  const { current, problems } = repository.start();
  const fragment = readShareFragment(location);
  if (fragment !== undefined) {
    const result = await decodeShareLink(fragment);
    if (result.ok) {
      const id = repository.create(result.design);
      clearShareFragment(location, history);
      return { opened: { id, design: result.design, source: 'link' }, problems };
    }
    return {
      ...(current ? { opened: { ...current, source: 'local' as const } } : {}),
      linkError: result,
      problems,
    };
  }
  return { ...(current ? { opened: { ...current, source: 'local' as const } } : {}), problems };
}
