/**
 * Golden files: design in, template out, for every target. They change only on purpose:
 * `npm run golden` (UPDATE_GOLDEN=1) rewrites them; review the diff before committing it.
 * Findings are fixed here (none, or a made-up one) so that rules added to the catalogue do not churn them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenUpdateRequested } from '../../testing/golden-mode';
import type { Finding } from '../rules/types';
import { deploymentTargets } from './deployment-targets';
import { type ExportOptions, type ExportTarget, exportDesign } from './export-design';
import { exportTestDesigns } from './fixtures';
import { hubAndSpokeFixture } from './fixtures/hub-and-spoke';
import { listExportScopes } from './list-export-scopes';

/** The templates and the script of the target registry (pipelines have their own tests). */
const deployTargets: ExportTarget[] = deploymentTargets
  .filter((t) => t.family !== 'pipeline')
  .map((t) => t.id);
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '__golden__');
const update = goldenUpdateRequested();

function checkGolden(fileName: string, text: string): void {
  const file = join(goldenDir, fileName);
  if (update) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(existsSync(file), `${fileName} has no golden file: run npm run golden`).toBe(true);
  expect(text, `${fileName} differs from its golden file (npm run golden updates it)`).toBe(
    readFileSync(file, 'utf8'),
  );
}

const runs: [string, () => { fileName: string; text: string }][] = [];
for (const d of exportTestDesigns) {
  const design = d.create();
  for (const scope of listExportScopes(design)) {
    for (const target of deployTargets) {
      const options: ExportOptions = { target, scope, findings: [] };
      runs.push([`${d.key} ${target} ${scope}`, () => exportDesign(design, options)]);
    }
  }
}
const madeUp: Finding[] = [
  {
    ruleId: 'TST001',
    severity: 'error',
    message: 'A made-up error "with quotes"\nand a line break.',
    objectIds: [],
  },
  { ruleId: 'TST002', severity: 'warning', message: 'A warning is not listed.', objectIds: [] },
];
for (const target of deployTargets) {
  runs.push([
    `hub-and-spoke ${target} with a validation error`,
    () => {
      const r = exportDesign(hubAndSpokeFixture(), { target, findings: madeUp, selection: ['snet-pp-weu'] });
      return { ...r, fileName: r.fileName.replace(/(\.\w+)$/, '.with-errors$1') };
    },
  ]);
}

describe('export golden files', () => {
  const written = new Set<string>();
  it.each(runs)('%s', (_, run) => {
    const { fileName, text } = run();
    written.add(fileName);
    checkGolden(fileName, text);
  });

  it.skipIf(update)('has no stale golden files', () => {
    expect(written.size).toBe(runs.length);
    expect(readdirSync(goldenDir).filter((f) => !written.has(f))).toEqual([]);
  });
});
