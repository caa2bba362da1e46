/**
 * Writes a pending autosave when the page is hidden or closed, so the last 300 ms of edits are not
 * lost with the tab. `pagehide` and `visibilitychange` are the events browsers reliably fire then.
 * On `pagehide` the page may be leaving for good, so an unresolved conflict with another tab's save is
 * kept as a copy (`leaving`).
 */
/** The parts of `window` and `document` used here. */
export interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** Flushes `repository` when the page hides; returns the function that stops listening. */
export function flushOnHide(
  repository: { flush(options?: { leaving?: boolean }): void },
  win: PageEvents = globalThis.window,
  doc: PageEvents & { visibilityState?: string } = globalThis.document,
): () => void {
  const onPageHide = () => repository.flush({ leaving: true });
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') repository.flush();
  };
  win.addEventListener('pagehide', onPageHide);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onPageHide);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
