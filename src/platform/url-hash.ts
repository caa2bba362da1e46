/**
 * The share link in the address bar: read the fragment at start-up, clear it once imported (so a reload
 * does not import it again), and build share URLs from this page's origin and path. The design travels
 * in the fragment only, which browsers never send to a server.
 */
import type { Design } from '../domain/model/schema';
// Only types: the link codec (and its inflater) loads when a link is made or opened, not at start-up.
import type { ShareLinkFit } from '../domain/share/share-link';

/** The parts of `window.location` used here. */
export interface LocationLike {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** The part of `window.history` used here. */
export interface HistoryLike {
  readonly state: unknown;
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
}

const browserLocation = (): LocationLike => globalThis.location;
const browserHistory = (): HistoryLike => globalThis.history;

/** The share-link fragment of the current address (`d1.…`, without `#`), if it carries one. */
export function readShareFragment(location: LocationLike = browserLocation()): string | undefined {
  if (!location.hash || location.hash === '#') return undefined;
  const fragment = location.hash.trim().slice(1);
  return /^d[0-9]+\./.test(fragment) ? fragment : undefined;
}

/**
 * Whether the address asks for a safe start (`#safe`): the studio then opens no design and shows the
 * recent designs instead, so a design that freezes the page can be deleted or opened on purpose.
 */
export function readSafeSwitch(location: LocationLike = browserLocation()): boolean {
  return location.hash.toLowerCase() === '#safe';
}

/** Removes the fragment from the address without a reload or a new history entry. */
export function clearShareFragment(
  location: LocationLike = browserLocation(),
  history: HistoryLike = browserHistory(),
): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** Where share links of this page point: its origin and path, without query or fragment. */
export function shareBase(location: LocationLike = browserLocation()): string {
  return `${location.origin}${location.pathname}`;
}

/** A share URL for the design on this page, with whether it fits the length budget. */
export async function buildShareUrl(
  design: Design,
  location: LocationLike = browserLocation(),
): Promise<{ url: string; fit: ShareLinkFit }> {
  const { encodeShareLink, shareLinkFits } = await import('../domain/share/share-link');
  const url = await encodeShareLink(design, shareBase(location));
  return { url, fit: shareLinkFits(url) };
}
