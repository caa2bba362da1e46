import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenUpdateRequested } from '../../testing/golden-mode';
import { sampleDesigns } from '../samples';
import { buildIpPlan } from './build-ip-plan';
import { renderIpPlanCsv, renderIpPlanTsv } from './render-delimited';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

function expectGolden(name: string, actual: string): void {
  const file = join(goldenDir, name);
  if (goldenUpdateRequested()) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('IP plan golden files', () => {
  for (const sample of sampleDesigns) {
    it(`${sample.key}: CSV and TSV match their golden files`, () => {
      const rows = buildIpPlan(sample.create(), { includeFree: true });
      expectGolden(`${sample.key}.csv`, renderIpPlanCsv(rows));
      expectGolden(`${sample.key}.tsv`, renderIpPlanTsv(rows));
    });
  }
});
