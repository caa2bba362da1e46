import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';

test('the review report downloads as Markdown and as printable HTML', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Report', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Review report' });
  await expect(dialog).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const markdown = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Markdown' }).click();
  const mdFile = await markdown;
  expect(mdFile.suggestedFilename()).toBe('white-paper-scenario-1-resources-in-a-paired-region-review.md');
  const md = await readFile((await mdFile.path()) ?? '', 'utf8');
  expect(md.split('\n')[0]).toBe(`# Design review: ${scenario1}`);
  expect(md).toMatch(/^## Enterprise policies$/m);
  expect(md).toMatch(/^### Enterprise policy ep-contoso-us$/m);
  expect(md).toContain('snet-powerplatform');
  expect(md).toMatch(/^## Post-deployment steps$/m);

  const html = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download printable HTML' }).click();
  const htmlFile = await html;
  expect(htmlFile.suggestedFilename()).toBe(
    'white-paper-scenario-1-resources-in-a-paired-region-review.html',
  );
  const text = await readFile((await htmlFile.path()) ?? '', 'utf8');
  expect(text).toMatch(/^<!doctype html>/i);
  expect(text).toContain(`Design review: ${scenario1}`);
  expect(text).not.toMatch(/<script/i);
  await expect(dialog.getByRole('status')).toContainText('open it in the browser');

  // The report follows edits: a renamed design is reported under its new name.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(header.getByRole('button', { name: 'Report', exact: true })).toBeFocused();
  await studio.designName.fill('Renamed for review');
  await header.getByRole('button', { name: 'Report', exact: true }).click();
  const again = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download Markdown' }).click();
  const renamed = await readFile((await (await again).path()) ?? '', 'utf8');
  expect(renamed.split('\n')[0]).toBe('# Design review: Renamed for review');
  expect(errors).toEqual([]);
});
