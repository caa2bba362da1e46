/**
 * Decoding a share link for opening: the link's design and whether it can be kept (saved and opened
 * again). Long links are decoded in a Web Worker so the page keeps painting and answering; short ones,
 * or without workers (or when the worker fails), in place. Both give the same result. The codec (with
 * its inflater) loads only for decoding in place: this module is small enough to start
 * the worker from the page's first script (see `early-link.ts`).
 */
import { type DecodedLink, withVerdict } from './link-verdict';

export type { DecodedLink };

/** Links from this many characters (roughly 500 objects) are decoded in a worker. */
export const DECODE_OFF_THREAD_FROM = 4_000;

export async function decodeInPlace(fragment: string): Promise<DecodedLink> {
  const { decodeShareLink } = await import('../domain/share/share-link');
  return withVerdict(await decodeShareLink(fragment));
}

function decodeInWorker(fragment: string): Promise<DecodedLink> | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./link-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  return new Promise<DecodedLink>((resolve) => {
    worker.onmessage = (event: MessageEvent<DecodedLink>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(decodeInPlace(fragment));
    };
    worker.postMessage(fragment);
  });
}

/** Decodes `fragment`, off the main thread when it is long. */
export function decodeLink(fragment: string): Promise<DecodedLink> {
  return (fragment.length >= DECODE_OFF_THREAD_FROM && decodeInWorker(fragment)) || decodeInPlace(fragment);
}
