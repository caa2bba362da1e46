import { expect, test } from '@playwright/test';
import { whitepaperScenario2 } from '../src/domain/samples/whitepaper-scenario-2';
import { PersistenceControls, sharePath } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';
const scenario2 = whitepaperScenario2().name;

test('recent designs: open, rename, delete with confirmation, new design', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  await controls.saved();
  await page.goto(await sharePath());
  await expect(studio.designName).toHaveValue(scenario2);
  await expect(page).toHaveScreenshot('persistence-header-actions.png', {
    clip: { x: 0, y: 0, width: 1280, height: 120 },
  });

  const dialog = await controls.openRecent();
  expect(await controls.recentNames()).toEqual([scenario2, scenario1]);
  await expect(dialog.getByText('Open now')).toHaveCount(1);
  // Modal: the rest of the studio is inert while it is open.
  expect(await dialog.evaluate((e) => e.matches(':modal'))).toBe(true);
  expect(await dialog.evaluate((e) => getComputedStyle(e, '::backdrop').backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );
  await expect(dialog.getByRole('listitem').first()).toContainText(/Changed just now/);
  await expect(page).toHaveScreenshot('persistence-recent-dialog.png');

  // Open the other design.
  await dialog.getByRole('button', { name: `Open ${scenario1}` }).click();
  await expect(dialog).toBeHidden();
  await expect(studio.designName).toHaveValue(scenario1);
  await expect(studio.node('Virtual network', 'vnet1-westus')).toBeVisible();

  // Rename the design that is not open; Escape first cancels renaming without closing the dialog.
  await controls.openRecent();
  await dialog.getByRole('button', { name: `Rename ${scenario2}` }).click();
  const field = dialog.getByRole('textbox', { name: `New name for ${scenario2}` });
  await expect(field).toBeFocused();
  await field.fill('Throwaway');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: `Rename ${scenario2}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await field.fill('Central US plan');
  await page.keyboard.press('Enter');
  expect(await controls.recentNames()).toContain('Central US plan');
  await expect(studio.designName).toHaveValue(scenario1);

  // Delete asks first; "Keep" keeps it.
  await dialog.getByRole('button', { name: 'Delete Central US plan' }).click();
  await expect(dialog).toContainText('Delete Central US plan from this browser? This cannot be undone.');
  await expect(page).toHaveScreenshot('persistence-recent-delete-confirm.png');
  await dialog.getByRole('button', { name: 'Keep' }).click();
  expect(await controls.recentNames()).toHaveLength(2);
  await dialog.getByRole('button', { name: 'Delete Central US plan' }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => controls.recentNames()).toEqual([scenario1]);
  await expect(studio.designName).toHaveValue(scenario1);

  // New design: an entry of its own, the previous one kept.
  await dialog.getByRole('button', { name: 'New design' }).click();
  await expect(dialog).toBeHidden();
  await expect(studio.nodes()).toHaveCount(0);
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual(['Untitled design', scenario1]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(controls.button('Recent designs')).toBeFocused();

  await page.reload();
  await expect(studio.designName).toHaveValue('Untitled design');
  expect(errors).toEqual([]);
});

test('the header template and "New design" never overwrite the open design', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await studio.designName.fill('Keep me');
  await studio.openTemplate('White paper scenario 2');
  await expect(studio.designName).toHaveValue(scenario2);
  await studio.newDesign();
  await controls.saved();
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual(['Untitled design', scenario2, 'Keep me']);
});

test('deleting the open design opens the next most recent one', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await studio.openTemplate('White paper scenario 2');
  await expect(studio.designName).toHaveValue(scenario2);
  const dialog = await controls.openRecent();
  await dialog.getByRole('button', { name: `Delete ${scenario2}` }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(studio.designName).toHaveValue(scenario1);
  expect(await controls.recentNames()).toEqual([scenario1]);
});

test('the recent designs dialog works from the keyboard alone', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await studio.openTemplate('White paper scenario 2');
  await controls.saved();
  await controls.button('Recent designs').focus();
  await page.keyboard.press('Enter');
  await expect(controls.dialog).toBeVisible();
  // Focus starts inside the dialog and Tab reaches the other design's open button.
  for (let i = 0; i < 8; i++) {
    if (
      await controls.dialog
        .getByRole('button', { name: `Open ${scenario1}` })
        .evaluate((e) => e === document.activeElement)
    )
      break;
    await page.keyboard.press('Tab');
  }
  await expect(controls.dialog.getByRole('button', { name: `Open ${scenario1}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(studio.designName).toHaveValue(scenario1);
});

test('recent designs: a template picked twice and a link opened twice are listed once', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  await controls.saved();
  const link = await sharePath();
  await page.goto(link);
  await expect(studio.designName).toHaveValue(scenario2);
  await controls.saved();
  // The same link again, after a reload: the entry it made is reused.
  await page.goto('/');
  await page.goto(link);
  await expect(studio.designName).toHaveValue(scenario2);
  await controls.saved();
  const dialog = await controls.openRecent();
  expect(await controls.recentNames()).toEqual([scenario2, scenario1]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A template picked again before it was edited reuses its entry, and opens it.
  await studio.openTemplate('Hub and spoke with Azure Firewall');
  await expect(studio.designName).toHaveValue('Hub and spoke with Azure Firewall');
  await controls.saved();
  await studio.openTemplate('Hub and spoke with Azure Firewall');
  await controls.saved();
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual(['Hub and spoke with Azure Firewall', scenario2, scenario1]);
  await page.keyboard.press('Escape');

  // Once edited, it is the user's own design: picking the template again adds a fresh copy beside it.
  await studio.designName.fill('My hub');
  await controls.saved();
  await studio.openTemplate('Hub and spoke with Azure Firewall');
  await controls.saved();
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual([
    'Hub and spoke with Azure Firewall',
    'My hub',
    scenario2,
    scenario1,
  ]);
  expect(errors).toEqual([]);
});
