import { expect, test } from '@playwright/test';

const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const schemes = ['light', 'dark'] as const;

for (const size of sizes) {
  for (const scheme of schemes) {
    test(`side panels at ${size.width}×${size.height}, ${scheme}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('White paper scenario 1');
      const shot = (name: string) =>
        page.screenshot({
          path: `e2e/screenshots/panels-${name}-${size.width}x${size.height}-${scheme}.png`,
        });

      await shot('design');
      await page.getByRole('tab', { name: 'IP usage' }).click();
      await expect(page.getByRole('meter').first()).toBeVisible();
      await shot('usage');

      await page.getByRole('region', { name: 'Delegated subnets' }).getByRole('button').first().click();
      await page.getByRole('tab', { name: 'Inspector' }).click();
      const prefix = page.getByRole('textbox', { name: 'Address prefix' });
      await prefix.fill('10.10.0.5/25');
      await expect(page.getByRole('button', { name: 'Use 10.10.0.0/25', exact: true })).toBeVisible();
      await shot('subnet');

      await page.getByRole('tab', { name: /Findings/ }).click();
      await expect(page.getByRole('button', { name: /POL008|NET/ }).first()).toBeVisible();
      await shot('findings');

      expect(errors).toEqual([]);
    });
  }
}
