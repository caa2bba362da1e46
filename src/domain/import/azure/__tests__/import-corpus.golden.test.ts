/**
 * The corpus of real public files (see src/domain/import/__corpus__/README.md): each case imports to its
 * committed expected result; `UPDATE_GOLDEN=1` rewrites them (review the diff like code). Every imported
 * design loads through the design format's own loader and goes through the validator without a throw.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../model/load';
import { validateDesign } from '../../../rules/validate';
import { importAzureFiles } from '../import-azure-files';

const root = join(__dirname, '..', '..', '__corpus__');
const update = process.env.UPDATE_GOLDEN === '1';
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
  cases: Array<{ name: string; files: string[]; options?: Record<string, string> }>;
};

describe('import corpus', () => {
  it('has at least 30 cases over at least 30 distinct published files (our parameters files not counted)', () => {
    expect(manifest.cases.length).toBeGreaterThanOrEqual(30);
    const published = manifest.cases.flatMap((c) => c.files).filter((f) => !f.endsWith('.parameters.json'));
    expect(new Set(published).size).toBeGreaterThanOrEqual(30);
  });

  for (const c of manifest.cases) {
    it(c.name, () => {
      const files = c.files.map((f) => ({ name: basename(f), text: readFileSync(join(root, f), 'utf8') }));
      const r = importAzureFiles(files, { location: 'westeurope', ...c.options });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      const loaded = parseDesign(JSON.parse(JSON.stringify(r.design)));
      expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
      expect(() => validateDesign(r.design)).not.toThrow();
      const actual = `${JSON.stringify({ design: r.design, skipped: r.skipped, placeholders: r.placeholders, warnings: r.warnings }, null, 2)}\n`;
      const file = join(root, '__expected__', `${c.name}.json`);
      if (update) {
        mkdirSync(join(root, '__expected__'), { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `${c.name} has no expected result: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
