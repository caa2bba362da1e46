// Counts of a test runner's JSON report for scripts/test-all.mjs: passed, failed, skipped, and the
// skipped tests of oracle suites, which under CI count as failed.
import { relative } from 'node:path';

/** Test files whose tests stand on an outside oracle, and which may skip only outside CI. */
export const ORACLE_SUITES = [
  /export-bicep-cli\.test\.ts$/,
  /export-powershell\.test\.ts$/,
  /export-arm-schema\.test\.ts$/,
  /cli\/formats\/formats\.test\.ts$/,
  /rules\/catalog\.test\.ts$/,
];

const SKIPPED = new Set(['pending', 'skipped', 'todo']);

/** Counts of a Vitest JSON report; `problems` names every skipped oracle test. */
export function countVitestReport(report, { root = '', inCi = false } = {}) {
  const problems = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let oracleSkips = 0;
  for (const file of report.testResults ?? []) {
    const oracle = ORACLE_SUITES.some((re) => re.test(file.name));
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') failed++;
      else if (SKIPPED.has(t.status)) {
        if (!oracle) {
          skipped++;
          continue;
        }
        const where = `${root ? relative(root, file.name) : file.name} › ${t.fullName ?? t.title}`;
        if (inCi) {
          oracleSkips++;
          problems.push(`skipped oracle test under CI (counted as failed): ${where}`);
        } else {
          skipped++;
          problems.push(`skipped oracle test: ${where}`);
        }
      }
    }
    // a file that failed without a failed test (it did not load, or a hook failed and its tests were
    // reported as skipped) is one failure
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failed++;
      const where = root ? relative(root, file.name) : file.name;
      problems.push(
        `failed without a failed test: ${where}${file.message ? ` (${String(file.message).split('\n')[0]})` : ''}`,
      );
    }
  }
  return { passed, failed: failed + oracleSkips, skipped, problems };
}

/** Counts of a Playwright JSON report. */
export function countPlaywrightReport(report) {
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped, problems: [] };
}
