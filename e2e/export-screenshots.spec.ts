import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const schemes = ['light', 'dark'] as const;

for (const size of sizes) {
  for (const scheme of schemes) {
    test(`export view at ${size.width}×${size.height}, ${scheme}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const studio = new StudioPage(page);
      const errors = await studio.open();
      const shot = (name: string) =>
        expect(page).toHaveScreenshot(`export-${name}-${size.width}x${size.height}-${scheme}.png`);
      const open = async () => {
        await page
          .getByRole('group', { name: 'Design actions' })
          .getByRole('button', { name: 'Export' })
          .click();
        const dialog = page.getByRole('dialog', { name: 'Export' });
        await expect(dialog.locator('pre[data-highlighted="true"]')).toBeVisible();
        return dialog;
      };

      let dialog = await open();
      await shot('bicep');
      const axe = await new AxeBuilder({ page }).include('dialog').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await dialog.getByRole('tab', { name: 'Post-deployment script' }).click();
      await expect(dialog.locator('pre[data-highlighted="true"]')).toBeVisible();
      await shot('script');
      await page.keyboard.press('Escape');

      // a design spread over resource groups, with an error: scope picker, warning and notes
      await studio.openTemplate('Hub and spoke with Azure Firewall');
      const inspector = page.getByRole('tabpanel', { name: 'Inspector' });
      await studio.select(studio.node('Virtual network', 'vnet-hub-eastus'));
      await inspector.getByRole('textbox', { name: 'Resource group' }).fill('rg-northwind-hub');
      await studio.select(studio.node('Subnet', 'snet-data'));
      await inspector.getByRole('textbox', { name: 'Address prefix' }).fill('10.0.0.0/8');
      await expect(page.getByRole('tab', { name: /Findings/ })).toHaveAccessibleName(/error/);
      dialog = await open();
      await dialog.getByRole('tab', { name: 'ARM JSON' }).click();
      await expect(dialog.locator('pre[data-highlighted="true"]')).toBeVisible();
      await expect(dialog.getByRole('combobox', { name: 'Resource group' })).toBeVisible();
      await expect(dialog.getByRole('list', { name: 'Export notes' })).toBeVisible();
      await shot('arm-notes');
      expect(errors).toEqual([]);
    });
  }
}
