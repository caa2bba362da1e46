#!/usr/bin/env node
// Start-up of the bundled CLI against a bare Node: `vnet-studio --version` and validating white paper
// scenario 1, each against `node -e 0`, run interleaved so a busy machine slows all three alike.
//   npm run bench:cli [-- --runs N]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt } from '../scripts/build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
await ensureCliBuilt();

const bin = join(root, 'bin', 'vnet-studio.mjs');
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'vnet-studio --version', args: [bin, '--version'], target: 2 },
  {
    name: 'vnet-studio validate (scenario 1)',
    args: [bin, 'validate', join(root, 'examples', 'whitepaper-scenario-1.json')],
    target: 4,
  },
];

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const samples = cases.map(() => []);
for (const c of cases) time(c.args); // warm the file cache
for (let i = 0; i < runs; i++) cases.forEach((c, j) => samples[j].push(time(c.args)));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const base = median(samples[0]);
process.stdout.write(`${runs} runs each, interleaved; wall-clock median per process\n`);
cases.forEach((c, j) => {
  const m = median(samples[j]);
  const ratio = m / base;
  const verdict = c.target
    ? `  ${ratio.toFixed(2)}× node -e 0 (target ≤ ${c.target}×: ${ratio <= c.target ? 'met' : 'NOT met'})`
    : '';
  process.stdout.write(`${c.name.padEnd(36)} ${m.toFixed(0).padStart(5)} ms${verdict}\n`);
});
