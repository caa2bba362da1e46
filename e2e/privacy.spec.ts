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

  // Export is not part of the studio yet; when an Export button appears, it is exercised here too.
  const exportButton = controls.actions.getByRole('button', { name: /^Export/ });
  if ((await exportButton.count()) > 0) {
    await exportButton.first().click();
    await page.keyboard.press('Escape');
  } else {
    test
      .info()
      .annotations.push({ type: 'skipped part', description: 'No Export button in the studio yet.' });
  }

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
