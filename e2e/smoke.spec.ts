import { expect, test } from '@playwright/test';

test('the studio opens with a sample design and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('White paper scenario 1');
  await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
  await expect(page).toHaveScreenshot('smoke-1280x800.png');
  expect(errors).toEqual([]);
});
