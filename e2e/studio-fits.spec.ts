import { expect, type Page, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

/** Controls of the header and the palette that are shown but cut off by the window's edges. */
async function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = window.innerWidth;
    for (const el of document.querySelectorAll<HTMLElement>(
      'header button, header input, header select, [role="toolbar"] button',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not shown (a menu's hidden items)
      if (r.left < 0 || r.right > width + 0.5 || r.height > 34)
        out.push(
          `${el.getAttribute('aria-label') ?? el.textContent?.trim()} ${Math.round(r.left)}..${Math.round(r.right)} h${Math.round(r.height)}`,
        );
    }
    return out;
  });
}

for (const [w, h] of [
  [1024, 700],
  [1280, 800],
  [1920, 1080],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the studio fits ${w}×${h} (${scheme}): nothing clipped, no sideways scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      const studio = new StudioPage(page);
      await studio.open();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(await clippedControls(page)).toEqual([]);
      // The main view, compared with its committed baseline.
      await expect(page).toHaveScreenshot(`studio-${w}x${h}-${scheme}.png`);
      // Every hand-off is reachable: in the header, or through "More" where it is narrow.
      const more = studio.header.getByRole('button', { name: 'More' });
      if (w < 1280) {
        await more.click();
        await expect(more).toHaveAttribute('aria-expanded', 'true');
        expect(await clippedControls(page)).toEqual([]);
        await expect(page).toHaveScreenshot(`studio-${w}x${h}-${scheme}-more-menu.png`);
      } else await expect(more).toBeHidden();
      for (const name of ['Export', 'Image', 'IP plan', 'Report'])
        await expect(studio.header.getByRole('button', { name, exact: true })).toBeVisible();
      if (w < 1280) {
        await studio.header.getByRole('button', { name: 'Report', exact: true }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
      }
    });
  }
}

test('an empty canvas says how to start, and the first palette tooltip stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const studio = new StudioPage(page);
  await studio.open();
  const hint = page.getByRole('region', { name: 'Getting started' });
  await expect(hint).toBeHidden();
  await studio.newDesign();
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Templates…');
  await page.keyboard.press('e');
  await expect(hint).toBeHidden();

  await studio.paletteButton('Add environment').hover();
  const tip = studio.palette.getByText('Add environment E');
  await expect(tip).toBeVisible();
  const box = await tip.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
});
