/**
 * Named moments of start-up on the page's performance timeline (`performance.mark`), so the browser
 * benchmark and the browser's own profiler can tell where opening a design spends its time.
 */
export type StartMark = 'vnet:link-decoded' | 'vnet:design-stored' | 'vnet:studio-ready';

export function markStart(name: StartMark): void {
  try {
    globalThis.performance?.mark?.(name);
  } catch {
    // No performance timeline: nothing to mark.
  }
}
