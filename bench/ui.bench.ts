/**
 * Studio benchmark in headless Chromium (not a timed test). Opens generated designs of 511, 2,044 and
 * 4,599 canvas objects (one, four and nine blocks of `bench/studio-design.ts`) through share links and
 * measures, in the page:
 *  1. first render: navigation start → the canvas holds its final nodes (those in view), all visible;
 *     and the longest main-thread task while opening;
 *  2. edit → findings (511 objects): a subnet prefix edit in the inspector → the findings tab's counts
 *     change, in both directions (an overlap appears, then disappears);
 *  3. a node drag (511) and panning and zooming (the largest design): animation frame intervals and
 *     long tasks;
 *  4. image export: the whole design as a PNG, click → download, with the longest task;
 *  5. the gzip sizes of the chunks a first visit loads.
 *
 *   npm run bench:ui [-- --runs 7 --edits 20 --blocks 1,4,9 --profile --only open]
 *
 * `--profile` builds without minification and writes CPU profiles to .e2e-dist/ with the functions
 * that took the most time.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/fixtures/chromium';
import type { Design } from '../src/domain/model/schema';
import { encodeShareFragment } from '../src/domain/share/share-link';
import { initialChunkSizes } from './bundle-sizes';
import { canvasObjectCount, createStudioBenchDesign, EDITED_SUBNET } from './studio-design';
import { measureExportView } from './ui-export';
import {
  measureDrag,
  measureImageExport,
  measurePanZoom,
  type OpenedDesign,
  openDesign,
  startProfiler,
  stopProfiler,
} from './ui-measures';
import { type EditSample, measureEdits } from './ui-probes';
import { ensureBuild, startPreview } from './ui-server';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    edits: { type: 'string', default: '20' },
    /** Design sizes, in blocks of 511 objects. */
    blocks: { type: 'string', default: '1,4,9' },
    profile: { type: 'boolean', default: false },
    /** `open`: only the first renders (with their profiles under `--profile`), to look at opening alone. */
    only: { type: 'string' },
    /** Serve this already built folder instead (e.g. a build of another revision, to compare). */
    dist: { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const EDITS = Number(opts.edits);
const BLOCKS = opts.blocks.split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const OUT_DIR = opts.dist ?? (opts.profile ? '.e2e-dist/bench-profile' : '.e2e-dist/bench');

interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
  n: number;
}
function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
  return {
    median: at(0.5),
    p95: at(0.95),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    n: s.length,
  };
}
const ms = (x: number) =>
  Number.isNaN(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`;
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

interface Size {
  blocks: number;
  design: Design;
  objects: number;
  fragment: string;
}

async function selectEditedSubnet(page: Page, design: Design) {
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

async function main() {
  const sizes: Size[] = [];
  for (const blocks of BLOCKS) {
    const design = createStudioBenchDesign(blocks);
    sizes.push({
      blocks,
      design,
      objects: canvasObjectCount(design),
      fragment: await encodeShareFragment(design),
    });
  }
  const { built } = opts.dist
    ? { built: false }
    : ensureBuild(OUT_DIR, opts.profile ? ['--minify', 'false'] : []);
  const server = await startPreview(OUT_DIR, PORT);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const lines: Array<[string, Stats, string]> = [];
  // Each figure is also printed as soon as it is known, so an interrupted run still reports.
  const push = lines.push.bind(lines);
  lines.push = (...items) => {
    for (const [name, s] of items) console.log(`  ${name}: median ${ms(s.median)}, max ${ms(s.max)}`);
    return push(...items);
  };
  const notes: string[] = [];
  try {
    console.log(
      `Build ${built ? 'rebuilt' : 'reused'} (${OUT_DIR}); load average ${load()} on ${os.availableParallelism()} cores.`,
    );
    // 1. First render of each size, each run in a fresh context (no cache, no stored designs); one
    // warm-up run. Large designs get fewer runs.
    let base = Number.NaN;
    for (const size of sizes) {
      const runs = size.blocks === 1 ? RUNS : Math.max(1, Math.ceil(RUNS / 2));
      const runsOf: OpenedDesign[] = [];
      for (let i = 0; i <= runs; i++) {
        const opened = await openDesign(browser, server.url, size.fragment);
        if (i > 0) runsOf.push(opened);
        await opened.context.close();
      }
      const first = stats(runsOf.map((r) => r.nodesAt));
      if (size.blocks === 1) base = first.median;
      const ratio = size.blocks === 1 ? '' : ` (${(first.median / base).toFixed(2)}× of 511)`;
      const target =
        size.blocks === 1 ? '≤ 1.0 s' : `≤ ${size.objects <= 2100 ? 2 : 4}× the 511 figure${ratio}`;
      const label = `${size.objects.toLocaleString('en')} objects`;
      lines.push([`${label}: first render (nodes in view drawn)`, first, target]);
      lines.push([
        `${label}: longest task while opening`,
        stats(runsOf.map((r) => r.longestTask)),
        '≤ 200 ms',
      ]);
      lines.push([`${label}: main thread settled`, stats(runsOf.map((r) => r.settled)), '']);
      lines.push([`${label}: first-screen scripts loaded`, stats(runsOf.map((r) => r.loaded)), '']);
      lines.push([`${label}: first contentful paint`, stats(runsOf.map((r) => r.fcp)), '']);
      for (const [mark, what] of [
        ['link-decoded', 'link decoded'],
        ['design-stored', 'design stored'],
        ['studio-ready', 'studio ready, drawing starts'],
      ] as const)
        lines.push([`${label}: ${what}`, stats(runsOf.map((r) => r.marks[mark] ?? Number.NaN)), '']);
      notes.push(
        `${label}: link of ${size.fragment.length.toLocaleString('en')} characters; ${runsOf[0]?.count} nodes drawn in view; load average ${load()}.`,
      );
    }

    // 2. Edit → findings and 3. drag, on the smallest design; 4. image export of each size; pan/zoom on
    // the largest.
    for (const size of sizes) {
      const label = `${size.objects.toLocaleString('en')} objects`;
      const opened = await openDesign(
        browser,
        server.url,
        size.fragment,
        opts.profile ? `bench-first-render-${size.blocks}` : undefined,
      );
      const { context, page } = opened;
      if (opts.only === 'open') {
        await context.close();
        continue;
      }
      if (size === sizes[0] && size.blocks === 1) {
        const edit = await selectEditedSubnet(page, size.design);
        const cdp = opts.profile ? await context.newCDPSession(page) : undefined;
        if (cdp) await startProfiler(cdp);
        await page.evaluate(measureEdits, { ...edit, repeats: 3, pauseMs: 50 }); // warm-up
        const samples: EditSample[] = await page.evaluate(measureEdits, {
          ...edit,
          repeats: EDITS,
          pauseMs: 100,
        });
        if (cdp) await stopProfiler(cdp, 'bench-edit');
        const pick = (d: EditSample['direction'], k: 'sync' | 'findings' | 'frame') =>
          stats(samples.filter((s) => s.direction === d).map((s) => s[k]));
        lines.push([`${label}: edit → findings (overlap appears)`, pick('add', 'findings'), '≤ 50 ms']);
        lines.push([`${label}: edit → findings (overlap goes)`, pick('remove', 'findings'), '≤ 50 ms']);
        lines.push([`${label}: edit → next frame`, stats(samples.map((s) => s.frame)), '']);
        const drag = await measureDrag(page, 'res-0');
        lines.push([`${label}: drag, frame interval`, stats(drag.frames), '']);
        lines.push([`${label}: drag, longest task`, stats([Math.max(0, ...drag.longTasks)]), '']);
        await page.keyboard.press('Escape');
      }
      if (size === sizes[sizes.length - 1]) {
        const pan = await measurePanZoom(page);
        lines.push([`${label}: pan and zoom, frame interval`, stats(pan.frames), 'p95 ≤ 50 ms']);
        lines.push([`${label}: pan and zoom, longest task`, stats([Math.max(0, ...pan.longTasks)]), '']);
      }
      const cdp = opts.profile ? await context.newCDPSession(page) : undefined;
      if (cdp) await startProfiler(cdp);
      const image = await measureImageExport(page);
      if (cdp) await stopProfiler(cdp, `bench-image-${size.blocks}`);
      const target = size.objects <= 600 ? '≤ 3 s' : size.objects >= 4000 ? '≤ 15 s' : '';
      lines.push([`${label}: PNG export (click → download)`, stats([image.total]), target]);
      lines.push([
        `${label}: PNG export, longest task`,
        stats([Math.max(0, ...image.longTasks)]),
        '≤ 200 ms',
      ]);
      notes.push(`${label}: PNG of ${(image.bytes / 1024).toFixed(0)} KiB.`);
      await context.close();
    }

    // The export view of the 3,000-subnet design: how long the page stops painting while it is prepared.
    const exportView = opts.only === 'open' ? undefined : await measureExportView(browser, server.url);
    if (exportView) {
      lines.push(['export view (3,000 subnets): longest frame', stats([exportView.longestFrame]), '< 1 s']);
      lines.push(['export view (3,000 subnets): lines shown', stats([exportView.shown]), '']);
    }

    console.log();
    console.log(row(['measure', 'median', 'p95', 'min', 'max', 'runs', 'target']));
    console.log(row(['---', '---', '---', '---', '---', '---', '---']));
    for (const [name, s, target] of lines)
      console.log(row([name, ms(s.median), ms(s.p95), ms(s.min), ms(s.max), String(s.n), target]));
    console.log();
    for (const n of notes) console.log(n);
    const chunks = initialChunkSizes(OUT_DIR);
    console.log(`\n${row(['initial chunk', 'kind', 'raw', 'gzip'])}\n${row(['---', '---', '---', '---'])}`);
    for (const c of chunks)
      console.log(
        row([c.file, c.kind, `${(c.bytes / 1024).toFixed(1)} KiB`, `${(c.gzip / 1024).toFixed(1)} KiB`]),
      );
    const js = chunks.filter((c) => c.kind !== 'css').reduce((sum, c) => sum + c.gzip, 0);
    console.log(row(['total JS', '', '', `${(js / 1024).toFixed(1)} KiB (target ≤ 150 KiB)`]));
    console.log(`\nLoad average at the end: ${load()}.`);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
