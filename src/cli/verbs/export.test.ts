import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../domain/export/export-design';
import { multiScopeFixture, SUB_B } from '../../domain/export/fixtures/multi-scope';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { runCli } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('export verb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-verb-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(whitepaperScenario1()));
  const multi = join(dir, 'multi.json');
  writeFileSync(multi, JSON.stringify(multiScopeFixture()));

  it('prints the Bicep file to stdout, exactly as the API renders it', async () => {
    const r = await run(['export', file, '--target', 'bicep']);
    expect(r.code).toBe(0);
    expect(`${r.out}\n`).toBe(exportDesign(whitepaperScenario1(), { target: 'bicep' }).text);
  });

  it('writes the ARM template with -o', async () => {
    const out = join(dir, 'template.json');
    const r = await run(['export', file, '-t', 'arm', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).resources.length).toBeGreaterThan(0);
  });

  it('exports a selection and another scope', async () => {
    const r = await run([
      'export',
      multi,
      '--target',
      'arm',
      '--select',
      'snet-wus',
      '--scope',
      `${SUB_B}/rg-spokes`,
    ]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.resources.map((x: { type: string }) => x.type)).toEqual(['Microsoft.Network/virtualNetworks']);
  });

  it('prints the post-deployment script', async () => {
    const r = await run(['export', file, '--target', 'script']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Enable-SubnetInjection');
  });

  it('exits 2 on bad input: no target, unknown target, missing file, malformed scope', async () => {
    expect((await run(['export', file])).code).toBe(2);
    expect((await run(['export', file, '--target', 'pulumi'])).err).toMatch(/--target/);
    expect((await run(['export', join(dir, 'missing.json'), '--target', 'arm'])).code).toBe(2);
    const badScope = await run(['export', file, '--target', 'arm', '--scope', 'x']);
    expect(badScope.code).toBe(2);
    expect(badScope.err).toMatch(/subscriptionId\/resourceGroup/);
  });
});
