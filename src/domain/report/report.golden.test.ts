import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenUpdateRequested } from '../../testing/golden-mode';
import { sampleDesigns } from '../samples';
import { buildDesignReport } from './build-report';
import { renderReportHtml } from './render-html';
import { renderReportMarkdown } from './render-markdown';
import { hostileReportDesign } from './report.fixtures';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '__golden__');
const update = goldenUpdateRequested();

/** Compares with the committed golden file; `UPDATE_GOLDEN=1` rewrites it (review the diff like code). */
function expectGolden(name: string, actual: string): void {
  const file = join(goldenDir, name);
  if (update) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const cases = [
  ...sampleDesigns.map((s) => ({ key: s.key, create: s.create })),
  { key: 'hostile-names', create: hostileReportDesign },
];

describe('report golden files', () => {
  for (const { key, create } of cases) {
    it(`${key}: Markdown and HTML match their golden files`, () => {
      const md = renderReportMarkdown(buildDesignReport(create()));
      const html = renderReportHtml(buildDesignReport(create()));
      // deterministic: a fresh design object gives the same text, and no clock leaks in
      expect(renderReportMarkdown(buildDesignReport(create()))).toBe(md);
      expect(`${md}${html}`).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expectGolden(`${key}.md`, md);
      expectGolden(`${key}.html`, html);
    });
  }
});
