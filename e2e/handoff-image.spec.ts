import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Download, expect, type Page, test } from '@playwright/test';
import { canvasObjectCount, createStudioBenchDesign } from '../bench/studio-design';
import { readDesignFromPng } from '../src/domain/png';
import { dropBytes, pngHeader, topLeftPixel } from './fixtures/handoff';
import { designFile, PersistenceControls } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile((await download.path()) ?? ''));
}

/** Opens the image dialog, picks the options and downloads one format. */
async function exportImage(
  page: Page,
  format: 'PNG' | 'SVG',
  options: { scheme?: 'Light' | 'Dark'; selection?: boolean } = {},
): Promise<Download> {
  const header = page.getByRole('banner');
  const dialog = page.getByRole('dialog', { name: 'Diagram image' });
  if (!(await dialog.isVisible())) await header.getByRole('button', { name: 'Image', exact: true }).click();
  await expect(dialog).toBeVisible();
  if (options.scheme) await dialog.getByRole('radio', { name: options.scheme }).check();
  await dialog.getByRole('radio', { name: options.selection ? /^Selection/ : 'Whole design' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Download ${format}` }).click();
  const file = await download;
  await expect(dialog.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  return file;
}

const svgSize = (svg: string) => {
  const match = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  if (!match) throw new Error('No SVG size');
  return { width: Number(match[1]), height: Number(match[2]) };
};

test('PNG and SVG of the whole design: 2× pixels, title, legend, and the design inside the PNG', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  await page.emulateMedia({ colorScheme: 'light' });

  const svgFile = await exportImage(page, 'SVG', { scheme: 'Light' });
  expect(svgFile.suggestedFilename()).toBe('white-paper-scenario-1-resources-in-a-paired-region.svg');
  const svg = new TextDecoder().decode(await bytesOf(svgFile));
  expect(svg.length).toBeGreaterThan(8_000);
  const drawn = (text: string) => svg.includes(text);
  expect(drawn(`<title>${scenario1}</title>`)).toBe(true);
  // Drawn as plain SVG shapes and text from the design, not a copy of the page's HTML.
  expect(drawn('foreignObject')).toBe(false);
  for (const label of [
    'Legend',
    'Environment',
    'Enterprise policy',
    'Virtual network',
    'Subnet',
    'VNet peering',
  ])
    expect(drawn(`>${label}</text>`), label).toBe(true);
  // Every object's name is drawn.
  for (const name of ['vnet1-westus', 'vnet2-eastus', 'snet-powerplatform', 'ep-contoso-us'])
    expect(drawn(name), name).toBe(true);
  const size = svgSize(svg);

  const pngFile = await exportImage(page, 'PNG', { scheme: 'Light' });
  expect(pngFile.suggestedFilename()).toBe('white-paper-scenario-1-resources-in-a-paired-region.png');
  const png = await bytesOf(pngFile);
  expect(png.length).toBeGreaterThan(30_000);
  const header = pngHeader(png);
  expect(header).toMatchObject({ width: size.width * 2, height: size.height * 2 });
  expect(topLeftPixel(png)).toBe('#f8fafc');

  // The design inside the PNG is the design in the studio: compare with the saved design file.
  const embedded = await readDesignFromPng(png);
  if (!embedded.ok) throw new Error(embedded.message);
  await page.keyboard.press('Escape');
  const saved = page.waitForEvent('download');
  await new PersistenceControls(page).button('Save').click();
  const savedDesign = JSON.parse(new TextDecoder().decode(await bytesOf(await saved)));
  expect(JSON.parse(JSON.stringify(embedded.design))).toEqual(savedDesign);

  // Dropped back onto the studio (showing another design), the PNG opens the design again.
  await studio.newDesign();
  await expect(studio.designName).toHaveValue('Untitled design');
  await dropBytes(page, { name: pngFile.suggestedFilename(), mimeType: 'image/png', bytes: png });
  await expect(studio.designName).toHaveValue(scenario1);
  await expect(studio.node('Virtual network', 'vnet1-westus')).toBeVisible();
  await expect(studio.node('Subnet', 'snet-data')).toBeVisible();
  // Nothing was blocked by the content security policy or failed (the worker, the blob image).
  expect(errors).toEqual([]);
});

test('a dark PNG has the dark background; a selection draws only the selected objects', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  await page.emulateMedia({ colorScheme: 'light' });

  const dark = await bytesOf(await exportImage(page, 'PNG', { scheme: 'Dark' }));
  expect(topLeftPixel(dark)).toBe('#020617');
  // The page is back in its own scheme afterwards, uncovered.
  await expect(page.getByText('Drawing the diagram in dark colours…')).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Diagram image' })).toBeVisible();
  await expect(page.locator('main .react-flow')).toHaveClass(/light/);
  await expect(page.locator('main .react-flow')).not.toHaveClass(/\bdark\b/);

  const whole = svgSize(new TextDecoder().decode(await bytesOf(await exportImage(page, 'SVG'))));
  await page.keyboard.press('Escape');
  await studio.node('Virtual network', 'vnet2-eastus').click({ position: { x: 20, y: 10 } });
  const svg = new TextDecoder().decode(await bytesOf(await exportImage(page, 'SVG', { selection: true })));
  await writeFile('test-results/handoff-selection.svg', svg);
  const drawn = (text: string) => svg.includes(text);
  expect(drawn('Selection ·')).toBe(true);
  expect(drawn('vnet2-eastus')).toBe(true);
  expect(drawn('vnet1-westus')).toBe(false);
  expect(drawn('ep-contoso-us')).toBe(false);
  // Neither the label of a connection left out, nor the selection's ring and resize handles.
  expect(drawn('>secondary<')).toBe(false);
  expect(drawn('react-flow__resize-control')).toBe(false);
  expect(drawn('class="react-flow__node react-flow__node-vnet nopan selected')).toBe(false);
  // The selection is back once the picture is drawn.
  await expect(studio.node('Virtual network', 'vnet2-eastus')).toHaveClass(/selected/);
  const part = svgSize(svg);
  expect(part.width * part.height).toBeLessThan(whole.width * whole.height);
  expect(errors).toEqual([]);
  await page.setContent(
    `<body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
  );
  await expect(page.locator('img')).toHaveScreenshot('handoff-diagram-selection.png');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the exported PNG and SVG, shown for review (${scheme})`, async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open('/');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('banner').getByRole('button', { name: 'Image', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Diagram image' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
    await expect(page.getByRole('dialog', { name: 'Diagram image' })).toHaveScreenshot(
      `handoff-image-dialog-${scheme}.png`,
    );
    const started = Date.now();
    const png = await bytesOf(
      await exportImage(page, 'PNG', { scheme: scheme === 'light' ? 'Light' : 'Dark' }),
    );
    const pngMs = Date.now() - started;
    const svg = await bytesOf(
      await exportImage(page, 'SVG', { scheme: scheme === 'light' ? 'Light' : 'Dark' }),
    );
    console.log(`${scheme}: PNG ${png.length} bytes in ${pngMs} ms, SVG ${svg.length} bytes`);
    await writeFile(test.info().outputPath(`handoff-diagram-export-${scheme}.png`), png);
    await writeFile(test.info().outputPath(`handoff-diagram-export-${scheme}.svg`), svg);
    const { width, height } = pngHeader(png);
    await page.setViewportSize({ width: width / 2, height: height / 2 });
    const show = async (type: string, bytes: Uint8Array, name: string) => {
      await page.setContent(
        `<body style="margin:0"><img alt="" src="data:${type};base64,${Buffer.from(bytes).toString('base64')}" style="display:block;width:${width / 2}px"></body>`,
      );
      await expect(page.locator('img')).toHaveJSProperty('complete', true);
      expect(await page.locator('img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
      await expect(page).toHaveScreenshot(`handoff-diagram-${name}-${scheme}.png`);
    };
    await show('image/png', png, 'png');
    await show('image/svg+xml', svg, 'svg');
  });
}

test('a design of about 500 objects: every object is drawn, though the canvas shows only those in view', async ({
  page,
}) => {
  // Drawing ~500 objects takes seconds on a quiet machine and far longer on a busy CI runner.
  test.setTimeout(300_000);
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  const design = createStudioBenchDesign();
  const chooser = page.waitForEvent('filechooser');
  await new PersistenceControls(page).button('Open').click();
  await (await chooser).setFiles(designFile(design, 'large.json'));
  await expect(studio.designName).toHaveValue(design.name);
  const objects = canvasObjectCount(design);
  // Zoomed in, the canvas draws only what is in view.
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 6; i++) await zoomIn.click();
  await expect.poll(() => studio.nodes().count()).toBeLessThan(objects / 2);
  const viewport = await page.locator('.react-flow__viewport').getAttribute('style');

  let started = Date.now();
  const svg = new TextDecoder().decode(await bytesOf(await exportImage(page, 'SVG')));
  const svgMs = Date.now() - started;
  expect(svg.match(/<g data-id="/g)?.length).toBe(objects);
  started = Date.now();
  const png = await bytesOf(await exportImage(page, 'PNG'));
  const pngMs = Date.now() - started;
  const { width, height } = pngHeader(png);
  console.log(
    `${objects} objects: SVG ${svg.length} bytes in ${svgMs} ms; PNG ${width}×${height}, ${png.length} bytes in ${pngMs} ms`,
  );
  expect(Math.max(width, height)).toBeLessThanOrEqual(2 * 7000);
  // The view is back where it was.
  await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', viewport ?? '');
  expect(errors).toEqual([]);
});
