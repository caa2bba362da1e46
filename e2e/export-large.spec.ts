import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../src/domain/share/share-link';
import { createLargeDesign } from '../src/domain/testing/large-design';

/**
 * On the benchmark's large design (3,000 subnets, 300 VNets, tens of thousands of template lines), the
 * export view opens, renders only the rows in view and scrolls to the last line. Its frame gaps are a
 * benchmark figure (`npm run bench:ui`), not a test verdict.
 */
test('the export view of a large design renders only the lines in view', async ({ page }) => {
  test.setTimeout(120_000);
  const fragment = await encodeShareFragment(createLargeDesign());
  await page.goto(`/#${fragment}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });

  const started = Date.now();
  await page.getByRole('group', { name: 'Design actions' }).getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  const panel = dialog.getByRole('tabpanel');
  await expect(panel).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(dialog.getByText(/^[\d,]+ lines · Bicep · too long to highlight$/)).toBeVisible();
  const shown = Date.now() - started;
  // how long the page stops painting meanwhile is measured by `npm run bench:ui`, not asserted here
  const footer = (await dialog.getByText(/ lines · Bicep/).textContent()) ?? '';
  const total = Number(footer.replace(/ lines.*/, '').replace(/,/g, ''));
  expect(total).toBeGreaterThan(10_000);
  const rows = () => panel.locator('code > div.flex').count();
  expect(await rows()).toBeLessThan(200);

  await panel.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(panel.locator('code > div.flex').last().locator('span').first()).toHaveText(String(total));
  expect(await rows()).toBeLessThan(200);
  // the rows near the end carry the end of the template (its outputs)
  const tail = await panel
    .locator('code')
    .evaluate((code) => [...code.children].map((row) => row.lastElementChild?.textContent ?? '').join('\n'));
  expect(tail).toMatch(/output \w+/);

  // the script of the same design is short enough to be highlighted
  await dialog.getByRole('tab', { name: 'Post-deployment script' }).click();
  await expect(dialog.locator('pre[data-highlighted="true"]')).toBeVisible({ timeout: 30_000 });
  test.info().annotations.push({
    type: 'export view',
    description: `Bicep of ${total} lines shown after ${shown} ms`,
  });
  console.log(`export view: Bicep of ${total} lines shown after ${shown} ms`);
});
