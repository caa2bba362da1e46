import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesignJson } from '../../domain/model/load';
import { validateDesign } from '../../domain/rules/validate';
import { run, scratch } from '../test-support/run-cli';
import { initTemplates } from './init';

const { dir } = scratch('init-verb-');

describe('init verb', () => {
  it.each(initTemplates.map((t) => t.key))(
    'template %s writes a design that loads and validates without errors',
    async (key) => {
      const file = join(dir, `${key}.json`);
      const r = await run(['init', file, '--template', key]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`Wrote ${file} (template ${key})`);
      const loaded = parseDesignJson(readFileSync(file, 'utf8'));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      expect(validateDesign(loaded.design).filter((f) => f.severity === 'error')).toEqual([]);
      expect((await run(['validate', file])).code).toBe(0);
    },
  );

  it('prints the default template to stdout without a file', async () => {
    const r = await run(['init']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(initTemplates[0]?.create());
  });

  it('never overwrites a file without --force, and names an unknown template with the choices', async () => {
    const file = join(dir, 'mine.json');
    writeFileSync(file, 'my work');
    const r = await run(['init', file]);
    expect(r).toMatchObject({ code: 2, err: `${file} already exists; pass --force to overwrite it.` });
    expect(readFileSync(file, 'utf8')).toBe('my work');
    expect((await run(['init', file, '--force', '--template', 'empty'])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).name).toBe('New design');
    const bad = await run(['init', '--template', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^unknown template "nope"; choose one of whitepaper-scenario-1, .*, empty\.$/);
  });
});
