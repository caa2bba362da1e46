import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../domain/export/export-design';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { runCli } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('export --target terraform', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-terraform-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(whitepaperScenario1()));

  it('prints the single-file configuration, exactly as the API renders it', async () => {
    const r = await run(['export', file, '--target', 'terraform']);
    expect(r.code).toBe(0);
    expect(`${r.out}\n`).toBe(exportDesign(whitepaperScenario1(), { target: 'terraform' }).text);
    expect(r.out).toContain('resource "azapi_resource"');
    expect(r.out).toContain('resource "powerplatform_enterprise_policy"');
  });

  it('writes main.tf with -o', async () => {
    const out = join(dir, 'main.tf');
    const r = await run(['export', file, '-t', 'terraform', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('required_providers');
  });

  it('is listed among the targets', async () => {
    const r = await run(['export', file, '--target', 'terrafrom']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/terraform/);
  });
});
