/**
 * Counts node renders when a test installs `globalThis.__renderProbe` (a Map). The studio's promise
 * that dragging one node re-renders one node is checked with it end to end; without a probe it costs
 * one property read.
 */
export function probeRender(id: string): void {
  const probe = (globalThis as { __renderProbe?: Map<string, number> }).__renderProbe;
  if (probe) probe.set(id, (probe.get(id) ?? 0) + 1);
}
