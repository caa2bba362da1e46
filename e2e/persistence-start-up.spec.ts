import { expect, type Page, test } from '@playwright/test';
import { unkeepableDesign } from '../src/platform/keepable-design.test-support';
import { PersistenceControls, sharePath } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';

/** Collects Content Security Policy violations from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('loading the studio and opening a link raise no CSP violation and no console error', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  await new PersistenceControls(page).saved();
  // The policy is there to be violated: the build serves it with every page.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'/,
  );
  await page.goto('about:blank');
  await page.goto(await sharePath());
  await expect(studio.designName).toHaveValue(/White paper scenario 2/);
  await page.reload();
  await expect(studio.nodes().first()).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('a link that fails at start-up leaves a clean address and the open design', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await studio.designName.fill('Kept');
  await controls.saved();
  await page.goto('about:blank');
  await page.goto('/#d1.@@not*base64~~');
  await expect(controls.alert('The link could not be opened')).toContainText(
    'Your previous design “Kept” is still open.',
  );
  expect(new URL(page.url()).hash).toBe('');
  await expect(studio.designName).toHaveValue('Kept');
  // A reload does not meet the broken link again.
  await page.reload();
  await expect(studio.designName).toHaveValue('Kept');
  await expect(controls.alert('The link could not be opened')).toHaveCount(0);
});

test('a design that could not be kept is refused up front, from a link or a file', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  await controls.saved();
  const count = await studio.nodes().count();
  const link = await sharePath(unkeepableDesign());
  // A short link (the design's file would be over 4 MiB).
  expect(link.length).toBeLessThan(20_000);

  // At start-up.
  await page.goto('about:blank');
  await page.goto(link);
  const alert = controls.alert('The link could not be opened');
  await expect(alert).toContainText("The design's file would be");
  await expect(alert).toContainText('a design file is at most 4.0 MiB');
  await expect(alert).toContainText(`Your previous design “${scenario1}” is still open.`);
  expect(new URL(page.url()).hash).toBe('');
  await expect(studio.nodes()).toHaveCount(count);
  await alert.getByRole('button', { name: /Dismiss/ }).click();

  // Pasted into the address of the open studio.
  await page.goto(link);
  await expect(controls.alert('The link could not be opened')).toContainText(
    'a design file is at most 4.0 MiB',
  );
  expect(new URL(page.url()).hash).toBe('');

  // As a file in the compact form: small enough as text, too large as VNet Studio writes it.
  const chooser = page.waitForEvent('filechooser');
  await controls.button('Open').click();
  await (await chooser).setFiles({
    name: 'too-large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(unkeepableDesign())),
  });
  const fileAlert = controls.alert('The file could not be opened');
  await expect(fileAlert).toContainText('a design file is at most 4.0 MiB');
  await expect(fileAlert).toContainText('The open design was not changed.');

  await expect(studio.designName).toHaveValue(scenario1);
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual([scenario1]);
  await page.reload();
  await expect(studio.designName).toHaveValue(scenario1);
});

test('a corrupt list of 10,000 local designs gives a short banner', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      id: `gone-${i}`,
      name: `Gone ${i}`,
      updatedAt: i,
    }));
    localStorage.setItem('vnet-studio:index', JSON.stringify({ version: 1, entries }));
  });
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  const alert = controls.alert('Some designs saved in this browser could not be opened');
  await expect(alert).toContainText(
    'The local design "Gone 0" could not be opened and was skipped (missing).',
  );
  await expect(alert).toContainText('…and 9,995 more.');
  const text = (await alert.locator('p').nth(1).innerText()).split('\n');
  expect(text).toHaveLength(6);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(scenario1);
  expect(errors).toEqual([]);
});
