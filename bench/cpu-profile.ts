/**
 * A short summary of a V8 CPU profile (Chrome DevTools protocol `Profiler.Profile`): the functions with
 * the most self time, by name and source location.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export function printProfileSummary(profile: Profile, file: string, top = 25): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    // A sample's time is the delta to the next sample.
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  console.log(`\nCPU profile of the edits (${total.toFixed(0)} ms recorded): ${file}`);
  for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${t.toFixed(1).padStart(8)} ms  ${key}`);
}
