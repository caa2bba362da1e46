import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PersistenceControls, sharePath } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`header actions, banner and recent designs pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const studio = new StudioPage(page);
    const controls = new PersistenceControls(page);
    await studio.open('/');
    await controls.saved();
    await page.goto('/#d1.@@broken');
    await expect(controls.alert('The link could not be opened')).toBeVisible();
    const banner = await new AxeBuilder({ page }).include('header').include('[role="alert"]').analyze();
    expect(banner.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    await page.goto(await sharePath());
    await expect(studio.designName).not.toHaveValue(/scenario 1/);
    await controls.openRecent();
    const dialog = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await expect(page).toHaveScreenshot(`persistence-recent-dialog-${scheme}.png`);
  });
}
