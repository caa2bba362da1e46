/**
 * The browser benchmark's measurements, each on an open page: opening a design through a share link,
 * dragging a node, panning and zooming, and exporting the diagram as a PNG.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { printProfileSummary } from './cpu-profile';
import { installFirstRenderProbe, startFrameRecorder } from './ui-probes';

export const VIEWPORT = { width: 1280, height: 800 };
// tsx keeps function names with a `__name` helper that the page does not have.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';
/** The canvas is settled when its nodes have not changed for this long. */
const QUIET_MS = 1500;

export interface OpenedDesign {
  context: BrowserContext;
  page: Page;
  /** Navigation start → the canvas holds its final nodes, all visible. */
  nodesAt: number;
  /** Nodes on the canvas (only those in view on large designs). */
  count: number;
  /** When the main thread settled: no long task within a second of the previous busy period. */
  settled: number;
  /** The longest main-thread task from navigation until settled. */
  longestTask: number;
  dcl: number;
  /** The scripts and styles the built `index.html` names (the first screen's) have arrived. */
  loaded: number;
  /** First contentful paint (the "Opening your design…" notice). */
  fcp: number;
  /** The studio's start-up marks (`src/platform/start-marks.ts`), by name without `vnet:`. */
  marks: Record<string, number>;
}

export async function startProfiler(cdp: CDPSession) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

export async function stopProfiler(cdp: CDPSession, name: string) {
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync('.e2e-dist', { recursive: true });
  const file = path.join('.e2e-dist', `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  printProfileSummary(profile, file);
}

/** Opens `url#fragment` in a fresh context and waits until the canvas is quiet. */
export async function openDesign(
  browser: Browser,
  url: string,
  fragment: string,
  profileTo?: string,
): Promise<OpenedDesign> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(installFirstRenderProbe);
  const cdp = profileTo ? await context.newCDPSession(page) : undefined;
  if (cdp) await startProfiler(cdp);
  await page.goto(`${url}/#${fragment}`);
  try {
    await page.waitForFunction(
      (quiet) => {
        const p = globalThis.__benchFirstRender;
        // A large design is drawn in slices: it is not finished while its progress bar shows.
        const drawing = document.querySelector('[role="progressbar"][aria-label="Drawing the design"]');
        return p !== undefined && p.count > 0 && !drawing && performance.now() - p.lastChange > quiet;
      },
      QUIET_MS,
      { timeout: 120_000, polling: 100 },
    );
  } catch {
    const count = await page.evaluate(() => globalThis.__benchFirstRender?.count);
    throw new Error(`The canvas still changed after 120 s (${count} nodes).`);
  }
  await page.evaluate(() => (globalThis as unknown as { __benchFinish: () => void }).__benchFinish());
  await page.waitForFunction(() => globalThis.__benchFirstRender?.done === true);
  if (cdp && profileTo) await stopProfiler(cdp, profileTo);
  const probe = await page.evaluate(async () => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // Only what the built index.html names: chunks loaded later (lazily) do not count.
    const html = await (await fetch(location.pathname)).text();
    const named = new Set(
      [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
        (m) => new URL(m[1] ?? '', location.href).href,
      ),
    );
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => named.has(e.name))
      .map((e) => (e as PerformanceResourceTiming).responseEnd);
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('vnet:')) marks[m.name.slice(5)] = m.startTime;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const p = globalThis.__benchFirstRender;
    let settled = p?.nodesAt ?? Number.NaN;
    let longest = 0;
    for (const [start, end] of p?.longTasks ?? [])
      if (start <= settled + 1000) {
        settled = Math.max(settled, end);
        longest = Math.max(longest, end - start);
      }
    return {
      nodesAt: p?.nodesAt ?? Number.NaN,
      count: p?.count ?? 0,
      settled,
      longestTask: longest,
      dcl: nav?.domContentLoadedEventEnd ?? Number.NaN,
      loaded: Math.max(nav?.responseEnd ?? 0, ...scripts),
      fcp,
      marks,
    };
  });
  return { context, page, ...probe };
}

export interface FrameRecord {
  frames: number[];
  longTasks: number[];
}

const stopFrames = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __benchFrames: () => FrameRecord }).__benchFrames());
const nextFrame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));

/** Frame intervals and long tasks while a node is dragged. */
export async function measureDrag(page: Page, nodeId: string): Promise<FrameRecord> {
  const node = page.locator(`.react-flow__node[data-id="${nodeId}"]`);
  const box = await node.boundingBox();
  if (!box) throw new Error('The dragged node is not on screen.');
  await page.evaluate(startFrameRecorder);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(x + i * 3, y + i * 2);
    await nextFrame(page);
  }
  await page.mouse.up();
  return stopFrames(page);
}

/**
 * Frame intervals and long tasks while the view is panned (space held, pointer dragged: React Flow pans
 * even over nodes) and zoomed in and out with the wheel, over the middle of the canvas.
 */
export async function measurePanZoom(page: Page): Promise<FrameRecord> {
  const pane = await page.locator('main .react-flow').boundingBox();
  if (!pane) throw new Error('The canvas is not on screen.');
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(startFrameRecorder);
  await page.keyboard.down('Space');
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    const t = (i / 60) * 2 * Math.PI;
    await page.mouse.move(cx + Math.sin(t) * 300, cy + Math.sin(2 * t) * 150);
    await nextFrame(page);
  }
  await page.mouse.up();
  await page.keyboard.up('Space');
  for (const dy of [-120, -120, -120, -120, -120, 120, 120, 120, 120, 120, 120, 120, 120]) {
    await page.mouse.wheel(0, dy);
    await nextFrame(page);
    await nextFrame(page);
  }
  return stopFrames(page);
}

export interface ExportRecord {
  /** Click on "Download PNG" → the download starts. */
  total: number;
  longTasks: number[];
  bytes: number;
}

/** Exports the whole design as a PNG from the image dialog. */
export async function measureImageExport(page: Page): Promise<ExportRecord> {
  await page.getByRole('banner').getByRole('button', { name: 'Image', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Diagram image' });
  await dialog.getByRole('radio', { name: 'Whole design' }).check();
  await page.evaluate(startFrameRecorder);
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const file = await download;
  const total = Date.now() - started;
  const { longTasks } = await stopFrames(page);
  const bytes = statSync((await file.path()) ?? '').size;
  await page.keyboard.press('Escape');
  return { total, longTasks, bytes };
}
