#!/usr/bin/env node
// Runs every check and test suite, then prints one closing line `N passed, N failed` totalling them all.
// Exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bicep = join(root, '.tools', 'bicep', 'bicep');
const env = {
  ...process.env,
  ...(process.env.BICEP || !existsSync(bicep) ? {} : { BICEP: bicep }),
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
};

let passed = 0;
let failed = 0;
const summary = [];

function step(name, cmd, count) {
  process.stdout.write(`\n=== ${name}: ${cmd}\n`);
  const t0 = Date.now();
  const status = spawnSync(cmd, { shell: true, stdio: 'inherit', cwd: root, env }).status;
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  let p = status === 0 ? 1 : 0;
  let f = status === 0 ? 0 : 1;
  if (count) {
    const counted = count();
    if (counted) {
      p = counted.passed;
      f = counted.failed + (status !== 0 && counted.failed === 0 ? 1 : 0);
    }
  }
  passed += p;
  failed += f;
  summary.push(
    `${name.padEnd(12)} ${String(p).padStart(5)} passed ${String(f).padStart(4)} failed  ${seconds}s`,
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
  return r && { passed: r.numPassedTests, failed: r.numFailedTests };
});

const e2eJson = join(results, 'e2e.json');
rmSync(e2eJson, { force: true });
step('e2e', `PLAYWRIGHT_JSON_OUTPUT_NAME=${e2eJson} npx playwright test --reporter=list,json`, () => {
  const r = readJson(e2eJson);
  return r && { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
});

process.stdout.write(`\n${summary.join('\n')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
