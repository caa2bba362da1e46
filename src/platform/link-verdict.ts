/**
 * What decoding a share link for opening gives, in the worker or in place: the result, whether its
 * design can be kept (saved and opened again) and, if so, the text the browser storage keeps for it.
 */
import type { ShareDecodeResult } from '../domain/share/share-link';
import { checkKeepable, type KeepableResult } from './keepable-design';

export interface DecodedLink {
  result: ShareDecodeResult;
  /** Whether the decoded design can be kept; absent when the link did not decode. */
  keepable?: KeepableResult;
  /**
   * The design as the browser storage keeps it (`JSON.stringify`), when it decoded and can be kept:
   * made in the worker for a long link, so storing it needs no serializing on the page's main thread.
   */
  stored?: string;
}

/** `result` with whether its design can be kept and, if so, its stored text. */
export function withVerdict(result: ShareDecodeResult): DecodedLink {
  if (!result.ok) return { result };
  const keepable = checkKeepable(result.design);
  return keepable.ok ? { result, keepable, stored: JSON.stringify(result.design) } : { result, keepable };
}
