/**
 * A head start for a share link in the address: its decoding (in the link worker for a long link)
 * begins when the page's first module runs, while the rest of the studio's code is still evaluated and
 * its first screen drawn, instead of after start-up reaches the link. `openInitialDesign` takes the
 * result through `decodeStartLink`, which decodes anew for any other fragment.
 */
import { type DecodedLink, decodeLink } from './decode-link';
import { markStart } from './start-marks';
import { type LocationLike, readShareFragment } from './url-hash';

let started: { fragment: string; decoded: Promise<DecodedLink> } | undefined;

/** Starts decoding the link in the address, if it carries one. */
export function startDecodingLink(location?: LocationLike): void {
  const fragment = readShareFragment(location);
  if (fragment === undefined) return;
  const decoded = decodeLink(fragment).then((d) => {
    markStart('vnet:link-decoded');
    return d;
  });
  // Awaited later by start-up; a failure here must not surface as an unhandled rejection before that.
  decoded.catch(() => undefined);
  started = { fragment, decoded };
}

/** `fragment` decoded: the head start when it was for this fragment (taken once), else decoded now. */
export function decodeStartLink(fragment: string): Promise<DecodedLink> {
  const head = started;
  started = undefined;
  return head?.fragment === fragment ? head.decoded : decodeLink(fragment);
}
