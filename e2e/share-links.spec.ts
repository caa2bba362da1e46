import { expect, test } from '@playwright/test';
import { whitepaperScenario2 } from '../src/domain/samples/whitepaper-scenario-2';
import { designFile, largeDesign, PersistenceControls, sharePath } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const findingsTab = (page: import('@playwright/test').Page) => page.getByRole('tab', { name: /Findings/ });

test('a copied link opens the same design in a new page', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open(await sharePath(whitepaperScenario2()));
  await expect(studio.designName).toHaveValue(whitepaperScenario2().name);
  // Edit it, so the link carries this page's design rather than the one it was opened from.
  await studio.designName.fill('Contoso, shared');
  await studio.add('Add VNet');
  const objects = await studio.nodes().count();
  const findings = await findingsTab(page).textContent();

  await controls.button('Copy link').click();
  await expect(studio.status).toContainText('Link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d1\./);
  expect(url.length).toBeLessThanOrEqual(2000);

  const other = await context.newPage();
  const otherStudio = new StudioPage(other);
  const otherErrors = await otherStudio.open(url);
  await expect(otherStudio.designName).toHaveValue('Contoso, shared');
  await expect(otherStudio.nodes()).toHaveCount(objects);
  await expect(findingsTab(other)).toHaveText(findings ?? '');
  // The link was imported once: the address no longer carries it, so a reload restores the local copy.
  await expect(other).toHaveURL(/\/$/);
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('opening a link keeps the previous design in the recent list', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await studio.designName.fill('My own network');
  await controls.saved();

  await page.goto(await sharePath(whitepaperScenario2()));
  await expect(studio.designName).toHaveValue(whitepaperScenario2().name);
  await expect(studio.status).toContainText('from a link');
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual([whitepaperScenario2().name, 'My own network']);
  await page.keyboard.press('Escape');
  await expect(controls.dialog).toBeHidden();

  // A reload does not import the link a second time.
  await page.reload();
  await expect(studio.designName).toHaveValue(whitepaperScenario2().name);
  await controls.openRecent();
  expect(await controls.recentNames()).toHaveLength(2);
});

for (const [label, broken] of [
  ['garbled', async () => '/#d1.@@not*base64~~'],
  ['truncated', async () => (await sharePath(whitepaperScenario2())).slice(0, -40)],
] as const) {
  test(`a ${label} link shows the error and keeps the previous design`, async ({ page }) => {
    const studio = new StudioPage(page);
    const controls = new PersistenceControls(page);
    await studio.open('/');
    await studio.designName.fill('Still here');
    await controls.saved();

    // The garbled link is pasted into the open studio's address; the truncated one is a fresh visit.
    if (label === 'truncated') await page.goto('about:blank');
    await page.goto(await broken());
    const alert = controls.alert('The link could not be opened');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/link/i);
    await expect(alert).toContainText('Your previous design “Still here” is still open.');
    await expect(studio.designName).toHaveValue('Still here');
    await expect(studio.nodes().first()).toBeVisible();
    if (label === 'garbled') await expect(page).toHaveScreenshot('share-broken-link-banner.png');
    await alert.getByRole('button', { name: /Dismiss/ }).click();
    await expect(alert).toBeHidden();
    await controls.openRecent();
    expect(await controls.recentNames()).toEqual(['Still here']);
  });
}

test('a broken link on a first visit opens the sample and says so', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/#d1.AAAA');
  await expect(controls.alert('The link could not be opened')).toContainText('is open instead');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('White paper scenario 1');
});

test('a design too large for a link offers a file instead of a cut link', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  const chooser = page.waitForEvent('filechooser');
  await controls.button('Open').click();
  await (await chooser).setFiles(designFile(largeDesign(), 'large.json'));
  await expect(studio.designName).toHaveValue('A large design');

  await controls.button('Copy link').click();
  const dialog = page.getByRole('dialog', { name: 'This design is too large for a link' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/link of \d+ characters, above the 2000/);
  await expect(page).toHaveScreenshot('share-too-large-dialog.png');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file' }).click();
  expect((await download).suggestedFilename()).toBe('a-large-design.json');
  await expect(dialog).toBeHidden();
});

test('names from a link are shown as text, never as markup', async ({ page }) => {
  const name = '<img src=x onerror="window.__injected=1"><b>bold</b>';
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open(await sharePath({ ...whitepaperScenario2(), name }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(studio.status).toContainText(name);
  const dialog = await controls.openRecent();
  await expect(dialog.getByRole('button', { name: `Open ${name}` })).toContainText(name);
  await dialog.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(dialog).toContainText(`Delete ${name} from this browser?`);
  expect(await page.locator('img[src="x"], b:text("bold")').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});

test('when the browser refuses to copy, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
    document.execCommand = () => false;
  });
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open(await sharePath());
  await controls.button('Copy link').click();
  const dialog = page.getByRole('dialog', { name: 'The link could not be copied' });
  await expect(dialog).toContainText('copy it by hand');
  const field = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/#d1\./);
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a share link dropped on the studio opens as its own design', async ({ page, baseURL }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const link = `${baseURL}${await sharePath()}`;
  const data = await page.evaluateHandle((uri) => {
    const transfer = new DataTransfer();
    transfer.setData('text/uri-list', uri);
    return transfer;
  }, link);
  const canvas = page.getByRole('main', { name: 'Canvas' });
  await canvas.dispatchEvent('dragenter', { dataTransfer: data });
  await canvas.dispatchEvent('dragover', { dataTransfer: data });
  await canvas.dispatchEvent('drop', { dataTransfer: data });
  await expect(studio.designName).toHaveValue(whitepaperScenario2().name);
});
