/// <reference lib="webworker" />
/**
 * Decodes a share link away from the page's main thread (see `decode-link.ts`): inflating, the schema
 * and the size check of a link of thousands of objects would otherwise block the page while it opens.
 */
import { decodeShareLink } from '../domain/share/share-link';
import { withVerdict } from './link-verdict';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<string>) => {
  scope.postMessage(withVerdict(await decodeShareLink(event.data)));
};
