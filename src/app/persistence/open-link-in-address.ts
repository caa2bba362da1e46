/**
 * A share link pasted into the address bar of an open studio changes only the fragment, so the page
 * does not reload: the link is opened here, as its own design, and the fragment is cleared again.
 * `#safe` typed there restarts the page, which then starts safely (without opening a design).
 */
import {
  clearShareFragment,
  type HistoryLike,
  type LocationLike,
  readSafeSwitch,
  readShareFragment,
} from '../../platform/url-hash';
import type { StudioPersistence } from './studio-persistence';

/** Opens a share link found in the current address; resolves when done. Never throws. */
export async function openLinkInAddress(
  persistence: StudioPersistence,
  location?: LocationLike,
  history?: HistoryLike,
): Promise<void> {
  const fragment = readShareFragment(location);
  if (fragment === undefined) return;
  const { decodeShareLink } = await import('../../domain/share/share-link');
  const result = await decodeShareLink(fragment);
  // Cleared either way: a broken link stays reported in the banner, not in the address.
  clearShareFragment(location, history);
  const store = persistence.store;
  if (!result.ok) {
    persistence.alert(
      'The link could not be opened',
      `${result.message}\nYour previous design “${store.getState().design.name}” is still open.`,
    );
    return;
  }
  if (!persistence.openAsNew(result.design, 'The link')) return;
  store
    .getState()
    .notify(`Opened “${result.design.name}” from a link. It is kept in this browser as a new design.`);
}

/** Listens for links pasted into the address; returns the function that stops listening. */
export function watchAddressForLinks(persistence: StudioPersistence, win: Window = window): () => void {
  const onChange = () => {
    // The design on screen may be the one that freezes the page: start again without it.
    if (readSafeSwitch()) win.location.reload();
    else void openLinkInAddress(persistence);
  };
  win.addEventListener('hashchange', onChange);
  return () => win.removeEventListener('hashchange', onChange);
}
