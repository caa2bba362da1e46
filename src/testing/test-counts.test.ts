import { describe, expect, it } from 'vitest';
import { countPlaywrightReport, countVitestReport } from '../../scripts/test-counts.mjs';

const report = {
  testResults: [
    {
      name: '/r/src/domain/export/export-bicep-cli.test.ts',
      status: 'passed',
      assertionResults: [
        {
          status: 'skipped',
          title: 'Bicep CLI not found',
          fullName: 'Bicep CLI availability Bicep CLI not found',
        },
      ],
    },
    {
      name: '/r/src/domain/model/load.test.ts',
      status: 'failed',
      assertionResults: [
        { status: 'passed', title: 'a' },
        { status: 'failed', title: 'b' },
        { status: 'skipped', title: 'c' },
      ],
    },
    { name: '/r/src/broken.test.ts', status: 'failed', assertionResults: [], message: 'Failed to load' },
    {
      name: '/r/src/hook.test.ts',
      status: 'failed',
      message: 'Hook timed out in 300000ms.',
      assertionResults: [{ status: 'skipped', title: 'd' }],
    },
  ],
};

describe('the closing counts of npm test', () => {
  it('counts passed, failed and skipped; a file that did not load or whose hook failed is a failure', () => {
    const c = countVitestReport(report, { root: '/r' });
    expect([c.passed, c.failed, c.skipped]).toEqual([1, 3, 3]);
    expect(c.problems).toEqual([
      'skipped oracle test: src/domain/export/export-bicep-cli.test.ts › Bicep CLI availability Bicep CLI not found',
      'failed without a failed test: src/broken.test.ts (Failed to load)',
      'failed without a failed test: src/hook.test.ts (Hook timed out in 300000ms.)',
    ]);
  });

  it('under CI a skipped oracle test is a failure, other skips stay skips', () => {
    const c = countVitestReport(report, { root: '/r', inCi: true });
    expect([c.passed, c.failed, c.skipped]).toEqual([1, 4, 2]);
    expect(c.problems[0]).toMatch(/^skipped oracle test under CI \(counted as failed\): /);
  });

  it('reads Playwright stats, flaky tests passing', () => {
    expect(
      countPlaywrightReport({ stats: { expected: 5, flaky: 1, unexpected: 2, skipped: 3 } }),
    ).toMatchObject({
      passed: 6,
      failed: 2,
      skipped: 3,
    });
  });
});
