import { expect, type Page, test } from '@playwright/test';
import { whitepaperScenario2 } from '../src/domain/samples/whitepaper-scenario-2';
import { createLargeDesign } from '../src/domain/testing/large-design';
import { dialogViolations, PersistenceControls, sharePath } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';
const scenario2 = whitepaperScenario2().name;
const OPENING = 'vnet-studio:opening';

/** The recent designs dialog as a safe start shows it. */
async function expectSafeStart(page: Page, text: string | RegExp) {
  const dialog = new PersistenceControls(page).dialog;
  await expect(dialog).toBeVisible();
  const note = dialog.getByRole('note', { name: 'Safe start' });
  await expect(note).toContainText('Safe start: no design was opened.');
  await expect(note).toContainText(text);
  // Nothing was drawn: the canvas is empty behind the dialog.
  await expect(new StudioPage(page).nodes()).toHaveCount(0);
  return dialog;
}

test('a tab that crashes while opening a design: the next visit does not open it again', async ({
  context,
  page,
}) => {
  test.slow();
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  await controls.saved();

  // A page of the same origin without the studio, to look at storage while the studio is busy.
  const observer = await context.newPage();
  await observer.goto('/favicon.svg');

  // The benchmark's design (3,000 subnets) on a slowed-down processor: opening it takes long enough
  // to crash the tab part-way, as a tab that froze and was closed would be.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  const large = { ...createLargeDesign(), name: 'Benchmark design' };
  await page.goto('about:blank');
  void page.goto(await sharePath(large), { waitUntil: 'commit' }).catch(() => undefined);
  await expect
    .poll(() => observer.evaluate((key) => localStorage.getItem(key), OPENING), { timeout: 60_000 })
    .not.toBeNull();
  const crashed = page.waitForEvent('crash');
  // The command never answers: its page is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const next = await context.newPage();
  const nextErrors: string[] = [];
  next.on('pageerror', (e) => nextErrors.push(e.message));
  await next.goto('/');
  const dialog = await expectSafeStart(
    next,
    '“Benchmark design” did not finish opening last time (the page froze or was closed).',
  );
  const row = dialog.getByRole('listitem').filter({ hasText: 'Benchmark design' });
  await expect(row).toContainText('Did not finish opening');

  // Still not opened on the visit after (nothing was chosen yet).
  await next.reload();
  await expectSafeStart(next, '“Benchmark design” did not finish opening');

  // Delete it: nothing else opens unasked; the other designs are all there.
  await row.getByRole('button', { name: 'Delete Benchmark design' }).click();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => new PersistenceControls(next).recentNames()).toEqual([scenario1]);
  await expect(new StudioPage(next).nodes()).toHaveCount(0);
  await dialog.getByRole('button', { name: `Open ${scenario1}` }).click();
  await expect(new StudioPage(next).designName).toHaveValue(scenario1);
  await expect(new StudioPage(next).node('Virtual network', 'vnet1-westus')).toBeVisible();

  // Opened and drawn: the next visit opens it straight away.
  await next.reload();
  await expect(new StudioPage(next).node('Virtual network', 'vnet1-westus')).toBeVisible();
  await expect(new PersistenceControls(next).dialog).toBeHidden();
  expect(errors).toEqual([]);
  expect(nextErrors).toEqual([]);
});

test('“open anyway” opens the design that did not finish opening', async ({ context, page }) => {
  test.slow();
  const studio = new StudioPage(page);
  await studio.open(await sharePath());
  await expect(studio.designName).toHaveValue(scenario2);
  // As a tab that stopped part-way leaves it: the design marked as being opened.
  const id = await page.evaluate(
    () => JSON.parse(localStorage.getItem('vnet-studio:index') ?? '{}').currentId,
  );
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: OPENING,
    value: JSON.stringify({ id }),
  });

  const next = await context.newPage();
  await next.goto('/');
  const dialog = await expectSafeStart(next, `“${scenario2}” did not finish opening last time`);
  expect(await dialogViolations(next)).toEqual([]);
  await dialog.getByRole('button', { name: `Open ${scenario2} anyway` }).click();
  await expect(dialog).toBeHidden();
  const nextStudio = new StudioPage(next);
  await expect(nextStudio.designName).toHaveValue(scenario2);
  await expect(nextStudio.node('Virtual network', 'vnet1-centralus')).toBeVisible();
  await expect.poll(() => next.evaluate((key) => localStorage.getItem(key), OPENING)).toBeNull();
});

test('#safe always starts without opening a design, and leaves a clean address', async ({ page }) => {
  test.slow();
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  await studio.designName.fill('My network');
  await controls.saved();

  // Typed on a fresh visit.
  await page.goto('about:blank');
  await page.goto('/#safe');
  const dialog = await expectSafeStart(page, 'Choose a design to open');
  expect(new URL(page.url()).hash).toBe('');
  expect(await dialogViolations(page)).toEqual([]);
  expect(await controls.recentNames()).toEqual(['My network']);
  await expect(dialog.getByText('Open now')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open My network' }).click();
  await expect(studio.designName).toHaveValue('My network');
  await expect(studio.node('Virtual network', 'vnet1-westus')).toBeVisible();

  // Typed into the address of the open studio: the page starts again, safely.
  await page.goto('/#safe');
  await expectSafeStart(page, 'Choose a design to open');
  expect(new URL(page.url()).hash).toBe('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(studio.designName).toHaveValue('Untitled design');
  // Nothing was stored for the empty design shown meanwhile.
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual(['My network']);
  expect(errors).toEqual([]);
});

test('a link opened during a safe start is added to the list, not opened', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  const id = await page.evaluate(
    () => JSON.parse(localStorage.getItem('vnet-studio:index') ?? '{}').currentId,
  );
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: OPENING,
    value: JSON.stringify({ id }),
  });
  // A link clicked on the visit after a crash: kept in the list, never opened unasked.
  await page.goto('about:blank');
  await page.goto(await sharePath());
  const dialog = await expectSafeStart(page, `The link in the address was added as “${scenario2}”.`);
  expect(new URL(page.url()).hash).toBe('');
  expect((await new PersistenceControls(page).recentNames()).sort()).toEqual(
    [`${scenario1} anyway`, scenario2].sort(),
  );
  await dialog.getByRole('button', { name: `Open ${scenario2}` }).click();
  await expect(studio.designName).toHaveValue(scenario2);
});
