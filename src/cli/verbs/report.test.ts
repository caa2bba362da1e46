import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../domain/ip-plan/parse-csv';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { runCli } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('report verb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-verb-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(whitepaperScenario1()));

  it('prints Markdown by default', async () => {
    const r = await run(['report', file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Design review: White paper scenario 1/);
    expect(r.out).toContain('## IP plan');
    expect(r.out).toContain('Enable-SubnetInjection');
  });

  it('writes HTML to a file with -o', async () => {
    const out = join(dir, 'report.html');
    const r = await run(['report', file, '--format', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h2 id="ip-plan">IP plan</h2>');
  });

  it('refuses an unknown format and bad input with exit 2', async () => {
    const r = await run(['report', file, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('unknown format "pdf"; choose one of md, html.');
    expect((await run(['report', join(dir, 'missing.json')])).code).toBe(2);
    expect((await run(['report'])).code).toBe(2);
    expect((await run(['report', file, '-o', join(dir, 'no-such-dir', 'x.md')])).code).toBe(2);
  });
});

describe('export verb targets csv and report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-hand-off-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(whitepaperScenario1()));

  it('exports the IP plan as CSV that parses back', async () => {
    const out = join(dir, 'plan.csv');
    expect((await run(['export', file, '--target', 'csv', '-o', out])).code).toBe(0);
    const parsed = parseCsv(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.records[0]?.[0]).toBe('Kind');
    expect(parsed.records.filter((r) => r[0] === 'Subnet')).toHaveLength(3);
  });

  it('exports the review report as Markdown', async () => {
    const r = await run(['export', file, '--target', 'report']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Design review: /);
  });
});
