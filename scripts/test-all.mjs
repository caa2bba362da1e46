#!/usr/bin/env node
// Runs every check and test suite, then prints per suite and in total `N passed, N failed, N skipped`.
// Exit code is non-zero when anything failed. Under CI=true a skipped test of an oracle suite (the Bicep
// CLI, PowerShell's parser, the ARM schemas, the SARIF Multitool, the shared rule catalogue) counts as
// failed: CI installs those oracles, so a skip there means a check silently did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPlaywrightReport, countVitestReport } from './test-counts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bicep = join(root, '.tools', 'bicep', 'bicep');
const inCi = process.env.CI === 'true';
const env = {
  ...process.env,
  ...(process.env.BICEP || !existsSync(bicep) ? {} : { BICEP: bicep }),
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
};

if (inCi && process.env.UPDATE_GOLDEN) {
  process.stderr.write(
    'UPDATE_GOLDEN is refused under CI=true: golden files are compared, never rewritten.\n',
  );
  process.exit(1);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];
const problems = [];

function step(name, cmd, count) {
  process.stdout.write(`\n=== ${name}: ${cmd}\n`);
  const t0 = Date.now();
  const status = spawnSync(cmd, { shell: true, stdio: 'inherit', cwd: root, env }).status;
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  let p = status === 0 ? 1 : 0;
  let f = status === 0 ? 0 : 1;
  let s = 0;
  if (count) {
    const counted = count();
    if (counted) {
      p = counted.passed;
      s = counted.skipped;
      // a runner that failed without a failed test (it crashed, or a file did not load) is one failure
      f = counted.failed + (status !== 0 && counted.failed === 0 ? 1 : 0);
    } else if (status === 0) {
      // no report although the runner claims success: not a verdict to trust
      p = 0;
      f = 1;
      problems.push(`${name}: the runner wrote no report`);
    }
  }
  passed += p;
  failed += f;
  skipped += s;
  summary.push(
    `${name.padEnd(12)} ${String(p).padStart(5)} passed ${String(f).padStart(4)} failed ${String(s).padStart(4)} skipped  ${seconds}s`,
  );
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

step('typecheck', 'npx tsc -p tsconfig.json && npx tsc -p tsconfig.domain.json');
step('lint', 'npx biome ci .');

const unitJson = join(results, 'unit.json');
rmSync(unitJson, { force: true });
step('unit', `npx vitest run --reporter=default --reporter=json --outputFile.json=${unitJson}`, () => {
  const r = readJson(unitJson);
  if (!r) return undefined;
  const counted = countVitestReport(r, { root, inCi });
  problems.push(...counted.problems);
  return counted;
});

const e2eJson = join(results, 'e2e.json');
rmSync(e2eJson, { force: true });
step('e2e', `PLAYWRIGHT_JSON_OUTPUT_NAME=${e2eJson} npx playwright test --reporter=list,json`, () => {
  const r = readJson(e2eJson);
  return (
    r && { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped }
  );
});

if (problems.length) process.stdout.write(`\n${problems.join('\n')}\n`);
process.stdout.write(`\n${summary.join('\n')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed > 0 ? 1 : 0;
