import { expect, test } from '@playwright/test';
import { canvasObjectCount, createStudioBenchDesign } from '../bench/studio-design';
import { encodeShareFragment } from '../src/domain/share/share-link';

declare global {
  var __drawingSeen: number[] | undefined;
}

/**
 * A design of 511 objects (the benchmark's block, all in view when fitted) opened from its share link:
 * the link is decoded off the main thread, the canvas draws it in slices while a progress bar counts
 * the objects drawn, and it ends with every object on the canvas. Times are not asserted here.
 */
test('a large design is drawn in slices and ends with every object drawn', async ({ page }) => {
  test.setTimeout(120_000);
  const design = createStudioBenchDesign(1);
  const total = canvasObjectCount(design);
  // Records every value the progress bar shows, however briefly.
  await page.addInitScript(() => {
    globalThis.__drawingSeen = [];
    const note = () => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Drawing the design"]');
      const now = Number(bar?.getAttribute('aria-valuenow'));
      const seen = globalThis.__drawingSeen;
      if (bar && seen && seen[seen.length - 1] !== now) seen.push(now);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`/#${await encodeShareFragment(design)}`);
  const canvas = page.getByRole('main', { name: 'Canvas' });
  const nodes = canvas.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible({ timeout: 60_000 });
  const progress = canvas.getByRole('progressbar', { name: 'Drawing the design' });
  await expect(progress).toBeHidden({ timeout: 60_000 });
  await expect(nodes).toHaveCount(total);
  // Every object is drawn once, the design's own.
  const ids = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(new Set(ids).size).toBe(total);
  expect(ids).toContain(design.vnets[0]?.id);
  expect(ids).toContain(design.subnets[design.subnets.length - 1]?.id);
  // Drawn in several growing slices, each shown with the total.
  const seen = await page.evaluate(() => globalThis.__drawingSeen ?? []);
  expect(seen.length).toBeGreaterThan(1);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seen[seen.length - 1]).toBeLessThan(total);
  // The link was decoded by the link worker.
  expect(workers.some((url) => /link-worker/.test(url))).toBe(true);
  await expect(page.getByRole('tab', { name: /^Findings/ })).toBeVisible();
});
