import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESIGN_LIMITS } from '../domain/model/design-limits';
import { serializeDesign } from '../domain/model/serialize-design';
import { encodeShareLink } from '../domain/share/share-link';
import { hostileShapes } from '../domain/testing/hostile-designs';
import { largestKeepableDesign, unkeepableDesign } from '../platform/keepable-design.test-support';
import { runCli } from './main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('the CLI on hostile designs', () => {
  it('validates the overlap storm and the reference fan with bounded output and an ordinary exit code', async () => {
    // The file that once ran the CLI out of memory (exit 134), and the largest reference fan allowed.
    const shapes = hostileShapes.filter((s) => ['identical-prefixes', 'reference-fan'].includes(s.key));
    expect(shapes).toHaveLength(2);
    for (const shape of shapes) {
      const r = await run(['validate', file(`${shape.key}.json`, serializeDesign(shape.create())), '--json']);
      expect([0, 1], shape.key).toContain(r.code);
      const findings = JSON.parse(r.out).findings as unknown[];
      // One finding per overlap group or capped per object, never one per pair.
      expect(findings.length, shape.key).toBeLessThan(5000);
    }
  });

  it('open refuses a link whose design would not open again from its file, as the studio does', async () => {
    const link = await encodeShareLink(unkeepableDesign(), 'https://vnet-studio.example/');
    const r = await run(['open', link]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a design file is at most 4.0 MiB');
    expect(r.out).toBe('');
  });

  it('what open prints for a design at the size limit, validate reads', async () => {
    const link = await encodeShareLink(largestKeepableDesign(), 'https://vnet-studio.example/');
    const opened = await run(['open', link]);
    expect(opened.code).toBe(0);
    expect(opened.out.length).toBeLessThanOrEqual(DESIGN_LIMITS.fileText);
    const validated = await run(['validate', file('opened.json', opened.out)]);
    expect([0, 1]).toContain(validated.code);
  });
});
