import { expect, test } from '@playwright/test';
import { loadDesign } from '../src/cli/io';
import { DESIGN_LIMITS } from '../src/domain/model/design-limits';
import { largestKeepableDesign } from '../src/platform/keepable-design.test-support';
import { designFile, PersistenceControls, storedDesigns } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';

test('designs at the size limit are kept in the browser, reopen after a reload and save to a file the CLI reads', async ({
  page,
}) => {
  test.slow();
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  await controls.saved();

  // Two files just under the 4 MiB limit: together more than localStorage holds (about 5 MB).
  const files = ['Large one', 'Large two'].map((name) =>
    designFile(largestKeepableDesign(name), `${name}.json`),
  );
  for (const file of files) {
    expect(file.buffer.length).toBeGreaterThan(0.95 * DESIGN_LIMITS.fileText);
    expect(file.buffer.length).toBeLessThan(DESIGN_LIMITS.fileText);
    const chooser = page.waitForEvent('filechooser');
    await controls.button('Open').click();
    await (await chooser).setFiles(file);
    await expect(studio.designName).toHaveValue(file.name.replace('.json', ''));
    await controls.saved();
  }
  const stored = await storedDesigns(page);
  expect(
    Object.values(stored)
      .map((text) => JSON.parse(text).name)
      .sort(),
  ).toEqual(['Large one', 'Large two', scenario1]);
  expect(Object.values(stored).reduce((sum, text) => sum + text.length, 0)).toBeGreaterThan(6_000_000);
  // localStorage keeps only the list of designs and their stamps.
  const local = await page.evaluate(() =>
    Object.keys(localStorage).reduce((sum, k) => sum + k.length + (localStorage.getItem(k)?.length ?? 0), 0),
  );
  expect(local).toBeLessThan(2000);

  await page.reload();
  await expect(studio.designName).toHaveValue('Large two');
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual(['Large two', 'Large one', scenario1]);
  await page.keyboard.press('Escape');

  // What the studio kept, it writes to a file that the CLI reads.
  const download = page.waitForEvent('download');
  await controls.button('Save').click();
  const loaded = await loadDesign((await (await download).path()) ?? '');
  expect(loaded.design.name).toBe('Large two');
  expect(loaded.design.subnets).toHaveLength(largestKeepableDesign().subnets.length);
  expect(errors).toEqual([]);
});
