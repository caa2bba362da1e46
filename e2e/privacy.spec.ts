import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PersistenceControls } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

test('creating, sharing, reopening and saving a design sends nothing beyond the page origin', async ({
  context,
  page,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));

  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await studio.newDesign();
  await studio.designName.fill('Private network');
  await studio.add('Add VNet');
  await studio.add('Add environment');
  await controls.saved();

  await controls.button('Copy link').click();
  await expect(studio.status).toContainText('Link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await new StudioPage(other).open(url);
  await expect(new StudioPage(other).designName).toHaveValue('Private network');

  const download = page.waitForEvent('download');
  await controls.button('Save').click();
  await download;

  // Export: the deployable files as a zip, and the diagram image, which opens again as the design.
  await controls.actions.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const zip = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Download all (.zip)' }).click();
  expect((await zip).suggestedFilename()).toMatch(/\.zip$/);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  await controls.actions.getByRole('button', { name: 'Image', exact: true }).click();
  const imageDialog = page.getByRole('dialog', { name: 'Diagram image' });
  const png = page.waitForEvent('download');
  await imageDialog.getByRole('button', { name: 'Download PNG' }).click();
  const pngPath = await (await png).path();
  await page.keyboard.press('Escape');
  await expect(imageDialog).toBeHidden();
  await studio.openTemplate('White paper scenario 2');
  const chooser = page.waitForEvent('filechooser');
  await controls.button('Open').click();
  await (await chooser).setFiles({
    name: 'private-network.png',
    mimeType: 'image/png',
    buffer: await readFile(pngPath ?? ''),
  });
  await expect(studio.status).toContainText('Opened “Private network”');
  await expect(studio.designName).toHaveValue('Private network');

  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter(
    (u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin,
  );
  expect(outside).toEqual([]);
  // The design never travels in a request: links keep it in the fragment, which is never sent.
  expect(requests.filter((u) => u.includes('#') || u.includes('d1.'))).toEqual([]);
});

test('the built page forbids eval and third-party origins through its Content Security Policy', async ({
  page,
}) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toContain("connect-src 'self'");
});
