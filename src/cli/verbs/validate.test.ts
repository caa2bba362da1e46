import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateEntity } from '../../domain/model/operations';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { runCli } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'validate-verb-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('validate verb', () => {
  it('exits 0 for a design without errors', async () => {
    const r = await run(['validate', file('ok.json', whitepaperScenario1())]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 errors/);
  });

  it('exits 1 and names rule, objects and fix when the design has errors', async () => {
    const broken = updateEntity(whitepaperScenario1(), 'subnets', 'snet-pp-eus', { prefix: '10.20.0.0/25' });
    const r = await run(['validate', file('pol008.json', broken)]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ERROR\s+POL008/);
    expect(r.out).toContain('snet-pp-eus');
  });

  it('prints findings as JSON with --json', async () => {
    const broken = updateEntity(whitepaperScenario1(), 'environments', 'env-prod', { managed: false });
    const r = await run(['validate', file('env002.json', broken), '--json']);
    const json = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'ENV002',
        severity: 'error',
        objectIds: expect.arrayContaining(['env-prod']),
      }),
    );
  });

  it.each([
    ['malformed JSON', '{"format": "vnet-studio/design", ', /Not valid JSON/],
    ['not a design', { hello: 'world' }, /Not a VNet Studio design/],
    ['a newer version', { ...whitepaperScenario1(), version: 99 }, /newer VNet Studio/],
    ['a wrong type', { ...whitepaperScenario1(), vnets: 'none' }, /\$\.vnets/],
    [
      'a dangling id',
      {
        ...whitepaperScenario1(),
        policies: [{ ...whitepaperScenario1().policies[0], subnetIds: ['ghost'] }],
      },
      /\$\.policies\[0\]\.subnetIds\[0\].*ghost/,
    ],
  ])('exits 2 for %s, naming the problem without a stack trace', async (_label, content, message) => {
    const r = await run(['validate', file(`bad-${_label.replace(/\W+/g, '-')}.json`, content)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file or no file', async () => {
    expect((await run(['validate', join(dir, 'missing.json')])).err).toMatch(/no such file/);
    expect((await run(['validate'])).code).toBe(2);
  });
});

describe('the command line', () => {
  it('prints the JSON Schema', async () => {
    const r = await run(['schema']);
    expect(JSON.parse(r.out)).toMatchObject({ title: 'VNet Studio design', type: 'object' });
  });

  it('refuses unknown verbs and options with exit 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['validate', '--nope'])).code).toBe(2);
  });
});
