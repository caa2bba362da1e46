import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { dialogViolations, PersistenceControls, storedDesigns } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';

/** The stored name of every local design, read from storage. */
async function storedNames(page: Page): Promise<string[]> {
  const designs = await storedDesigns(page);
  return Object.values(designs)
    .map((text) => JSON.parse(text).name as string)
    .sort();
}

/**
 * Holds the page's timers, so that its autosave (300 ms after the last edit) waits for as long as the
 * test needs; `release` runs what is still due. (Playwright's clock would hold every tab of the browser.)
 */
async function holdTimers(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & typeof window;
    const realSet = w.setTimeout;
    const realClear = w.clearTimeout;
    const held = new Map<number, () => void>();
    let next = 1_000_000;
    w.setTimeout = ((fn: () => void) => {
      const handle = next++;
      held.set(handle, fn);
      return handle;
    }) as typeof setTimeout;
    w.clearTimeout = ((handle: number) => {
      if (!held.delete(handle)) realClear(handle);
    }) as typeof clearTimeout;
    w.releaseTimers = () => {
      w.setTimeout = realSet;
      w.clearTimeout = realClear;
      for (const fn of held.values()) fn();
      held.clear();
    };
  });
  return () => page.evaluate(() => (window as unknown as { releaseTimers(): void }).releaseTimers());
}

/** Two tabs of the same browser on the same design. */
async function twoTabs(context: BrowserContext, page: Page) {
  const a = new StudioPage(page);
  const errors = await a.open('/');
  await new PersistenceControls(page).saved();
  const pageB = await context.newPage();
  const b = new StudioPage(pageB);
  errors.push(...(await b.open('/')));
  await expect(b.designName).toHaveValue(scenario1);
  return { a, b, pageB, errors };
}

test('a tab without unsaved edits follows the other tab’s saves', async ({ context, page }) => {
  const { a, b, errors } = await twoTabs(context, page);
  await a.designName.fill('Renamed in the first tab');
  await a.add('Add VNet');
  await new PersistenceControls(page).saved();
  await expect(b.designName).toHaveValue('Renamed in the first tab');
  await expect(b.status).toContainText('Updated with the changes saved in another tab.');
  await expect(b.nodes()).toHaveCount(await a.nodes().count());

  // And back: the second tab's edit reaches the first.
  await b.designName.fill('Then renamed in the second tab');
  await new PersistenceControls(b.page).saved();
  await expect(a.designName).toHaveValue('Then renamed in the second tab');
  expect(await storedNames(page)).toEqual(['Then renamed in the second tab']);
  expect(errors).toEqual([]);
});

test('edits in two tabs at once: the user chooses, nothing is dropped unasked', async ({ context, page }) => {
  test.slow();
  const { a, b, pageB, errors } = await twoTabs(context, page);
  const controlsB = new PersistenceControls(pageB);
  const release = await holdTimers(pageB);

  // The second tab's edit is not saved yet ...
  await b.designName.fill('Mine');
  await expect(controlsB.saveStatus).toHaveText('Saving…');
  // ... when the first tab saves its own.
  await a.designName.fill('Theirs');
  await a.add('Add VNet');
  await new PersistenceControls(page).saved();

  const conflict = pageB.getByRole('dialog', { name: 'This design was changed in another tab' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(
    'Another tab saved “Theirs” while this tab had changes that were not saved yet.',
  );
  // The dialog must be answered: Escape does not dismiss it, and the held autosave writes nothing.
  await pageB.keyboard.press('Escape');
  await expect(conflict).toBeVisible();
  await release();
  await pageB.waitForTimeout(1_000);
  expect(await storedNames(page)).toEqual(['Theirs']);
  await expect(controlsB.saveStatus).toHaveText(/Not saved/);

  await conflict.getByRole('button', { name: 'Compare' }).click();
  const differences = conflict.getByRole('list', { name: 'Differences between the versions' });
  await expect(differences.getByRole('listitem').filter({ hasText: 'Design' })).toContainText('different');
  await expect(differences.getByRole('listitem').filter({ hasText: 'Virtual network' })).toContainText(
    'only in theirs',
  );
  expect(await dialogViolations(pageB)).toEqual([]);

  await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(conflict).toBeHidden();
  await expect(b.designName).toHaveValue('Mine (my copy)');
  await expect(b.status).toContainText('Kept your version as “Mine (my copy)”.');
  await controlsB.saved();
  expect(await storedNames(page)).toEqual(['Mine (my copy)', 'Theirs']);
  // The first tab kept its design and lists the copy.
  await expect(a.designName).toHaveValue('Theirs');
  const controlsA = new PersistenceControls(page);
  await controlsA.openRecent();
  await expect.poll(() => controlsA.recentNames()).toEqual(['Mine (my copy)', 'Theirs']);
  expect(errors).toEqual([]);
});

test('“take theirs” replaces this tab’s unsaved edit with the other tab’s version', async ({
  context,
  page,
}) => {
  const { a, b, pageB } = await twoTabs(context, page);
  const release = await holdTimers(pageB);
  await b.designName.fill('Mine');
  await a.designName.fill('Theirs');
  await new PersistenceControls(page).saved();
  const conflict = pageB.getByRole('dialog', { name: 'This design was changed in another tab' });
  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await expect(conflict).toBeHidden();
  await expect(b.designName).toHaveValue('Theirs');
  await expect(b.status).toContainText('Opened the version saved in the other tab.');
  await release();
  expect(await storedNames(page)).toEqual(['Theirs']);
});
