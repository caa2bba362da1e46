/**
 * Studio benchmark in headless Chromium (not a timed test). Opens a generated design of about 500 canvas
 * objects through a share link and measures, in the page:
 *  1. first render: navigation start → every node of the design is on the canvas;
 *  2. edit → findings: a subnet prefix edit in the inspector → the findings tab's counts change, in both
 *     directions (an overlap appears, then disappears);
 *  3. a node drag: animation frame intervals and long tasks while a node is dragged;
 *  4. the gzip sizes of the chunks a first visit loads.
 * Targets: first render ≤ 1.5 s, edit → findings ≤ 50 ms (medians).
 *
 *   npm run bench:ui [-- --runs 7 --edits 20 --profile]
 *
 * `--profile` builds without minification and writes a CPU profile of the edits to .e2e-dist/ with the
 * functions that took the most time.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/fixtures/chromium';
import { encodeShareFragment } from '../src/domain/share/share-link';
import { initialChunkSizes } from './bundle-sizes';
import { printProfileSummary } from './cpu-profile';
import { canvasObjectCount, createStudioBenchDesign, EDITED_SUBNET } from './studio-design';
import { measureExportView } from './ui-export';
import { type EditSample, installFirstRenderProbe, measureEdits, startFrameRecorder } from './ui-probes';
import { ensureBuild, startPreview } from './ui-server';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    edits: { type: 'string', default: '20' },
    profile: { type: 'boolean', default: false },
    /** Serve this already built folder instead (e.g. a build of another revision, to compare). */
    dist: { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const EDITS = Number(opts.edits);
const PORT = 4310;
const OUT_DIR = opts.dist ?? (opts.profile ? '.e2e-dist/bench-profile' : '.e2e-dist/bench');
const VIEWPORT = { width: 1280, height: 800 };
// tsx keeps function names with a `__name` helper that the page does not have.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

interface Stats {
  median: number;
  p95: number;
  min: number;
  n: number;
}
function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), min: s[0] ?? Number.NaN, n: s.length };
}
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);

const design = createStudioBenchDesign();
const expected = canvasObjectCount(design);
const fragment = await encodeShareFragment(design);

async function openDesign(browser: Browser, url: string, profileTo?: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(installFirstRenderProbe, expected);
  const cdp = profileTo ? await context.newCDPSession(page) : undefined;
  if (cdp) await startProfiler(cdp);
  await page.goto(`${url}/#${fragment}`);
  try {
    await page.waitForFunction(() => globalThis.__benchFirstRender?.done === true, undefined, {
      timeout: 60_000,
      polling: 100,
    });
  } catch {
    const count = await page.evaluate(() => globalThis.__benchFirstRender?.count);
    throw new Error(`The canvas showed ${count} of ${expected} nodes within 60 s.`);
  }
  // Long tasks that start within a second of the last one still belong to opening the design.
  await page.waitForTimeout(1500);
  if (cdp && profileTo) await stopProfiler(cdp, profileTo);
  const probe = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'fetch')
      .map((e) => (e as PerformanceResourceTiming).responseEnd);
    const probe = globalThis.__benchFirstRender;
    // The main thread is settled when no long task follows the previous busy period within 1 s.
    let settled = probe?.nodesAt ?? Number.NaN;
    for (const [start, end] of probe?.longTasks ?? [])
      if (start <= settled + 1000) settled = Math.max(settled, end);
    return {
      ...probe,
      settled,
      dcl: nav?.domContentLoadedEventEnd,
      loaded: Math.max(nav?.responseEnd ?? 0, ...scripts),
    };
  });
  return { context, page, probe };
}

async function selectEditedSubnet(page: Page) {
  await page.locator(`.react-flow__node[data-id="${EDITED_SUBNET}"]`).click();
  const prefix = page.getByRole('tabpanel').getByRole('textbox', { name: 'Address prefix' });
  await prefix.waitFor();
  await prefix.evaluate((el) => el.setAttribute('data-bench', 'edited-input'));
  const original = await prefix.inputValue();
  // The first subnet of the same VNet: the edit makes the two overlap.
  const sibling = design.subnets.find(
    (s) => s.vnetId === design.subnets[1]?.vnetId && s.id !== EDITED_SUBNET,
  );
  if (!sibling) throw new Error('The edited subnet has no sibling.');
  return { original, changed: sibling.prefix };
}

async function measureDrag(page: Page) {
  const node = page.locator('.react-flow__node[data-id="res-0"]');
  const box = await node.boundingBox();
  if (!box) throw new Error('The dragged node is not on screen.');
  await page.evaluate(startFrameRecorder);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(x + i * 3, y + i * 2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await page.mouse.up();
  return page.evaluate(() =>
    (
      globalThis as unknown as { __benchFrames: () => { frames: number[]; longTasks: number[] } }
    ).__benchFrames(),
  );
}

async function startProfiler(cdp: CDPSession) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession, name: string) {
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync('.e2e-dist', { recursive: true });
  const file = path.join('.e2e-dist', `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  printProfileSummary(profile, file);
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

async function main() {
  const { built } = opts.dist
    ? { built: false }
    : ensureBuild(OUT_DIR, opts.profile ? ['--minify', 'false'] : []);
  const server = await startPreview(OUT_DIR, PORT);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    console.log(
      `${design.name}: ${expected} canvas objects, link of ${fragment.length} characters; build ${built ? 'rebuilt' : 'reused'} (${OUT_DIR}); load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.availableParallelism()} cores.`,
    );
    // 1. First render, each run in a fresh context (no cache, no stored designs); one warm-up run.
    const nodes: number[] = [];
    const frames: number[] = [];
    const dcl: number[] = [];
    const loaded: number[] = [];
    const settled: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const { context, probe } = await openDesign(browser, server.url);
      if (i > 0) {
        nodes.push(probe.nodesAt ?? Number.NaN);
        frames.push(probe.frameAt ?? Number.NaN);
        dcl.push(probe.dcl ?? Number.NaN);
        loaded.push(probe.loaded);
        settled.push(probe.settled);
      }
      await context.close();
    }

    // 2. Edit → findings, and 3. drag, on one open studio.
    const { context, page } = await openDesign(
      browser,
      server.url,
      opts.profile ? 'bench-first-render' : undefined,
    );
    const edit = await selectEditedSubnet(page);
    const cdp = opts.profile ? await context.newCDPSession(page) : undefined;
    if (cdp) await startProfiler(cdp);
    await page.evaluate(measureEdits, { ...edit, repeats: 3, pauseMs: 50 }); // warm-up
    const samples: EditSample[] = await page.evaluate(measureEdits, {
      ...edit,
      repeats: EDITS,
      pauseMs: 100,
    });
    if (cdp) await stopProfiler(cdp, 'bench-edit');
    if (cdp) await startProfiler(cdp);
    const drag = await measureDrag(page);
    if (cdp) await stopProfiler(cdp, 'bench-drag');
    await context.close();

    // 4. The export view of the 3,000-subnet design: how long the page stops painting while it is prepared.
    const exportView = await measureExportView(browser, server.url);

    const pick = (d: EditSample['direction'], k: 'sync' | 'findings' | 'frame') =>
      stats(samples.filter((s) => s.direction === d).map((s) => s[k]));
    const lines: Array<[string, Stats, string]> = [
      ['first render: all nodes on the canvas', stats(nodes), '≤ 1.5 s'],
      ['first render: next frame', stats(frames), ''],
      ['first render: main thread settled', stats(settled), ''],
      ['first render: page and scripts loaded', stats(loaded), ''],
      ['first render: DOMContentLoaded', stats(dcl), ''],
      ['edit → findings (overlap appears)', pick('add', 'findings'), '≤ 50 ms'],
      ['edit → findings (overlap goes)', pick('remove', 'findings'), '≤ 50 ms'],
      ['edit: input event (sync)', stats(samples.map((s) => s.sync)), ''],
      ['edit → next frame', stats(samples.map((s) => s.frame)), ''],
      ['drag: frame interval', stats(drag.frames), ''],
      ['export view (3,000 subnets): longest frame', stats([exportView.longestFrame]), '< 1 s'],
      ['export view (3,000 subnets): lines shown', stats([exportView.shown]), ''],
    ];
    console.log();
    console.log(row(['measure', 'median', 'p95', 'min', 'runs', 'target']));
    console.log(row(['---', '---', '---', '---', '---', '---']));
    for (const [name, s, target] of lines)
      console.log(row([name, ms(s.median), ms(s.p95), ms(s.min), String(s.n), target]));
    const long = drag.longTasks;
    console.log(
      `\nDrag: ${drag.frames.length} frames, ${long.length} long tasks${long.length ? ` (longest ${ms(Math.max(...long))})` : ''}.`,
    );
    const chunks = initialChunkSizes(OUT_DIR);
    console.log(`\n${row(['initial chunk', 'kind', 'raw', 'gzip'])}\n${row(['---', '---', '---', '---'])}`);
    for (const c of chunks)
      console.log(
        row([c.file, c.kind, `${(c.bytes / 1024).toFixed(1)} KiB`, `${(c.gzip / 1024).toFixed(1)} KiB`]),
      );
    const js = chunks.filter((c) => c.kind !== 'css').reduce((sum, c) => sum + c.gzip, 0);
    console.log(row(['total JS', '', '', `${(js / 1024).toFixed(1)} KiB`]));
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
