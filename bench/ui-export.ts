/**
 * The export view on the benchmark's large design (3,000 subnets; tens of thousands of Bicep lines): the
 * longest gap between animation frames while the export is prepared, and the time until its lines show.
 * (Moved here from the end-to-end test, which checks what is shown, not how fast.)
 */
import type { Browser } from '@playwright/test';
import { encodeShareFragment } from '../src/domain/share/share-link';
import { createLargeDesign } from '../src/domain/testing/large-design';

export interface ExportViewSample {
  longestFrame: number;
  shown: number;
  lines: number;
}

export async function measureExportView(browser: Browser, url: string): Promise<ExportViewSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    await page.goto(`${url}/#${await encodeShareFragment(createLargeDesign())}`);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { frameGaps: number[]; stopFrames: boolean };
      w.frameGaps = [];
      w.stopFrames = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.frameGaps.push(now - last);
        last = now;
        if (!w.stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await page.getByRole('group', { name: 'Design actions' }).getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('tabpanel').and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 120_000 });
    const footer = dialog.getByText(/^[\d,]+ lines · Bicep/);
    await footer.waitFor({ timeout: 120_000 });
    const shown = Date.now() - started;
    const longestFrame = await page.evaluate(() => {
      const w = window as unknown as { frameGaps: number[]; stopFrames: boolean };
      w.stopFrames = true;
      return Math.max(...w.frameGaps);
    });
    const lines = Number(((await footer.textContent()) ?? '').replace(/ lines.*/, '').replace(/,/g, ''));
    return { longestFrame, shown, lines };
  } finally {
    await context.close();
  }
}
