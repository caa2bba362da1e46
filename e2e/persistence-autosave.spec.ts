import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { PersistenceControls } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

/** The open design as the Save button writes it. */
async function savedFile(page: Page, controls: PersistenceControls): Promise<string> {
  const download = page.waitForEvent('download');
  await controls.button('Save').click();
  return readFile((await (await download).path()) ?? '', 'utf8');
}

test('a reload restores the edited design exactly', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  await page.getByRole('tabpanel').getByRole('textbox', { name: 'Name', exact: true }).fill('vnet-renamed');
  await expect(studio.node('Virtual network', 'vnet-renamed')).toBeVisible();
  await studio.add('Add VNet');
  await studio.drag(studio.node('Environment', 'Contoso UAT'), 40, 60);
  const count = await studio.nodes().count();
  await controls.saved();
  const before = await savedFile(page, controls);

  await page.reload();
  await expect(studio.node('Virtual network', 'vnet-renamed')).toBeVisible();
  await expect(studio.node('Virtual network', 'vnet1-westus')).toHaveCount(0);
  await expect(studio.nodes()).toHaveCount(count);
  // Undo history starts afresh; the design itself, layout included, is exactly what was there.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  // (Key order may differ: a loaded design lists its fields in the schema's order.)
  expect(JSON.parse(await savedFile(page, controls))).toEqual(JSON.parse(before));
  expect(JSON.parse(before).vnets.map((v: { name: string }) => v.name)).toContain('vnet-renamed');
  expect(errors).toEqual([]);
});

test('the last edit before leaving the page is kept', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  // Reload straight after typing, inside the autosave delay: the page-hide flush must write it.
  await studio.designName.fill('Typed just before leaving');
  await page.reload();
  await expect(studio.designName).toHaveValue('Typed just before leaving');
});

test('when storage refuses, a warning shows and editing still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  const warning = page.getByRole('alert').filter({ hasText: 'Changes are not being saved' });
  await expect(warning).toContainText('Changes are not being saved: Browser storage is full.');
  await expect(controls.saveStatus).toHaveText(/Not saved/);
  await expect(page).toHaveScreenshot('persistence-storage-warning.png');

  const count = await studio.nodes().count();
  await studio.add('Add VNet');
  await expect(studio.nodes()).toHaveCount(count + 1);
  await studio.designName.fill('Edited in memory');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited in memory');
  await studio.undo();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Edited in memory');
  // Dismissed, the warning stays gone; the header still says the design is not saved.
  await warning.getByRole('button', { name: 'Dismiss storage warning' }).click();
  await expect(warning).toBeHidden();
  await expect(controls.saveStatus).toHaveText(/Not saved/);
  expect(errors).toEqual([]);
});

test('unreadable local designs are reported and the studio still opens', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('vnet-studio:design:broken', '{"format": "vnet-studio", "version": 99');
    localStorage.setItem('vnet-studio:index', 'not json');
  });
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  const alert = controls.alert('Some designs saved in this browser could not be opened');
  await expect(alert).toContainText('could not be opened and was skipped');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('White paper scenario 1');
  expect(errors).toEqual([]);
});
