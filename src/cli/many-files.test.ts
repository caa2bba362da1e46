import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateEntity } from '../domain/model/operations';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { run, scratch } from './test-support/run-cli';

const { dir, file } = scratch('many-files-');
const one = file('one.json', whitepaperScenario1());
const two = file('two.json', whitepaperScenario2());
const missing = join(dir, 'missing.json');
const notADesign = file('not-a-design.json', '{"hello": 1}');

describe('every design verb takes many files', () => {
  it('usage: one block per file, the unreadable one exits 2 while the rest still run', async () => {
    const r = await run(['usage', one, missing, two]);
    expect(r.code).toBe(2);
    expect(r.out.split('\n').filter((l) => l.startsWith('==> '))).toEqual([
      `==> ${one} <==`,
      `==> ${missing} <==`,
      `==> ${two} <==`,
    ]);
    expect(r.out.match(/estimated demand \d+$/gm)).toHaveLength(2);
    expect(r.err).toBe(`${missing}: no such file.`);
  });

  it('export -o DIR writes one file per design, named as the studio names it', async () => {
    const out = join(dir, 'exported');
    const r = await run(['export', one, two, '--target', 'bicep', '-o', out]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, `${whitepaperScenario1().id}.bicep`))).toBe(true);
    expect(readFileSync(join(out, `${whitepaperScenario2().id}.bicep`), 'utf8')).toContain('resource ');
  });

  it('report -o DIR names each report after its input', async () => {
    const out = join(dir, 'reports');
    const r = await run(['report', join(dir, 't*.json'), one, '--format', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'two.review.html'), 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(existsSync(join(out, 'one.review.html'))).toBe(true);
  });

  it('share prints a link per design; a file that is not a design is exit 2 and named', async () => {
    const r = await run(['share', one, notADesign, two]);
    expect(r.code).toBe(2);
    expect(r.out.match(/^http:\/\/127\.0\.0\.1:5173\/#d1\./gm)).toHaveLength(2);
    expect(r.err).toContain(`${notADesign} is not a valid design`);
  });

  it('validate exits with the worst result: 1 beats 0, 2 beats 1', async () => {
    const bad = file(
      'bad.json',
      updateEntity(whitepaperScenario1(), 'environments', 'env-prod', { managed: false }),
    );
    expect((await run(['validate', one, bad])).code).toBe(1);
    expect((await run(['validate', bad, missing, one])).code).toBe(2);
    expect((await run(['validate', one, two])).code).toBe(0);
  });
});
