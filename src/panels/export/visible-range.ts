/** Listings longer than this render only the lines in view (plus a margin), in fixed-height rows. */
export const WINDOW_THRESHOLD = 1500;

/**
 * The lines to render for a scroll position: those in view plus `overscan` on each side, clamped to
 * the listing. `offset` is where the first line starts inside the scroller (its top padding).
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  lineCount: number,
  lineHeight: number,
  offset = 0,
  overscan = 40,
): { start: number; end: number } {
  if (lineCount <= 0 || lineHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop - offset) / lineHeight);
  const last = Math.ceil(Math.max(0, scrollTop - offset + Math.max(0, viewportHeight)) / lineHeight);
  const start = Math.min(lineCount, Math.max(0, first - overscan));
  const end = Math.min(lineCount, Math.max(start, last + overscan));
  return { start, end };
}
