import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

declare global {
  var __renderProbe: Map<string, number> | undefined;
}

test('dragging one node re-renders that node only', async ({ page }) => {
  await page.addInitScript(() => {
    globalThis.__renderProbe = new Map();
  });
  const studio = new StudioPage(page);
  await studio.open();
  const env = studio.node('Environment', 'Contoso Production');
  await expect(env).toBeVisible();
  await page.waitForTimeout(300);
  await page.evaluate(() => globalThis.__renderProbe?.clear());
  // Into free space on the left: a drop onto a neighbour would push it out of the way (and redraw it).
  await studio.drag(env, -60, 10);
  await expect(studio.header.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.waitForTimeout(200);
  const renders = await page.evaluate(() => Object.fromEntries(globalThis.__renderProbe ?? []));
  expect(Object.keys(renders)).toEqual(['env-prod']);
});
