/**
 * Lighthouse 12.8 scores of the built studio's first screen (a first visit: no stored designs, no link),
 * mobile (Lighthouse's default: a slow phone on a slow network, simulated) and desktop. Lighthouse is
 * not a dependency of the project (about 180 MB): `npx -y lighthouse@12.8.2` fetches it on first use.
 *
 *   npm run bench:lighthouse [-- --runs 3]
 *
 * Prints each run's scores and the median, with total blocking time, largest contentful paint and the
 * unused JavaScript Lighthouse found. Needs Chromium (CHROME_PATH, else /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuild, startPreview } from './ui-server';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    dist: { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const PORT = Number(process.env.BENCH_PORT ?? 4311);
const OUT_DIR = opts.dist ?? '.e2e-dist/bench';
const REPORTS = '.e2e-dist/lighthouse';
const LIGHTHOUSE = 'lighthouse@12.8.2';

interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { overallSavingsBytes?: number };
}
interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, Audit>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

function runLighthouse(url: string, form: 'mobile' | 'desktop', run: number): Report {
  mkdirSync(REPORTS, { recursive: true });
  const out = path.join(REPORTS, `${form}-${run}.json`);
  execFileSync(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(form === 'desktop' ? ['--preset=desktop'] : []),
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

const score = (r: Report, c: string) => Math.round((r.categories[c]?.score ?? Number.NaN) * 100);
const value = (r: Report, a: string) => r.audits[a]?.numericValue ?? Number.NaN;

async function main() {
  const { built } = opts.dist ? { built: false } : ensureBuild(OUT_DIR);
  const server = await startPreview(OUT_DIR, PORT);
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(`Build ${built ? 'rebuilt' : 'reused'} (${OUT_DIR}); load average ${load()}; ${LIGHTHOUSE}.`);
  try {
    console.log('\n| form | run | performance | accessibility | TBT | LCP | FCP | unused JS |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const form of ['mobile', 'desktop'] as const) {
      const reports: Report[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const r = runLighthouse(`${server.url}/`, form, run);
        reports.push(r);
        console.log(
          `| ${form} | ${run} | ${score(r, 'performance')} | ${score(r, 'accessibility')} | ${value(r, 'total-blocking-time').toFixed(0)} ms | ${(value(r, 'largest-contentful-paint') / 1000).toFixed(2)} s | ${(value(r, 'first-contentful-paint') / 1000).toFixed(2)} s | ${((r.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0) / 1024).toFixed(1)} KiB |`,
        );
      }
      const target = form === 'mobile' ? 'performance ≥ 90, accessibility 100' : 'performance ≥ 95';
      console.log(
        `| ${form} | median | ${median(reports.map((r) => score(r, 'performance')))} | ${median(reports.map((r) => score(r, 'accessibility')))} | ${median(reports.map((r) => value(r, 'total-blocking-time'))).toFixed(0)} ms | | | target: ${target} |`,
      );
    }
    for (const form of ['mobile', 'desktop']) {
      const r = JSON.parse(readFileSync(path.join(REPORTS, `${form}-1.json`), 'utf8')) as Report;
      const failing = Object.entries(r.audits)
        .filter(([, a]) => a.score !== null && a.score < 0.9 && a.score !== undefined)
        .map(([id]) => id);
      console.log(`\n${form}, audits below 0.9 in run 1: ${failing.join(', ') || 'none'}.`);
    }
    console.log(`\nLoad average at the end: ${load()}. Reports in ${REPORTS}/.`);
  } finally {
    server.stop();
  }
}

await main();
