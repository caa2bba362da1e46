import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { whitepaperScenario2 } from '../src/domain/samples/whitepaper-scenario-2';
import { designFile, PersistenceControls } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const scenario1 = 'White paper scenario 1: resources in a paired region';
const scenario2 = whitepaperScenario2().name;

/** Drops a file on the canvas the way a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page: Page, file: { name: string; mimeType: string; text: string }) {
  const data = await page.evaluateHandle((f) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([f.text], f.name, { type: f.mimeType }));
    return transfer;
  }, file);
  const canvas = page.getByRole('main', { name: 'Canvas' });
  await canvas.dispatchEvent('dragenter', { dataTransfer: data });
  await canvas.dispatchEvent('dragover', { dataTransfer: data });
  await expect(page.getByText('Drop a design file to open it as a new design')).toBeVisible();
  await canvas.dispatchEvent('drop', { dataTransfer: data });
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await new PersistenceControls(page).button('Open').click();
  await (await chooser).setFiles(file);
}

test('Save downloads the design file, which opens again as the same design', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  const download = page.waitForEvent('download');
  await controls.button('Save').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('white-paper-scenario-1-resources-in-a-paired-region.json');
  const text = await readFile((await file.path()) ?? '', 'utf8');
  expect(JSON.parse(text).name).toBe(scenario1);
  await expect(studio.status).toContainText('as a file');

  await studio.newDesign();
  await chooseFile(page, { name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(studio.designName).toHaveValue(scenario1);
  await expect(studio.node('Virtual network', 'vnet1-westus')).toBeVisible();
});

test('a file opened with the file picker becomes its own design', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  await studio.designName.fill('Before the file');
  await chooseFile(page, designFile());
  await expect(studio.designName).toHaveValue(scenario2);
  await expect(studio.status).toContainText(`Opened “${scenario2}”`);
  await controls.saved();
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual([scenario2, 'Before the file']);
  expect(errors).toEqual([]);
});

test('a design file dropped anywhere on the studio opens as its own design', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  const errors = await studio.open('/');
  const file = designFile();
  await dropFile(page, { name: file.name, mimeType: file.mimeType, text: file.buffer.toString('utf8') });
  await expect(studio.designName).toHaveValue(scenario2);
  await expect(page.getByText('Drop a design file to open it as a new design')).toBeHidden();
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual([scenario2, scenario1]);
  expect(errors).toEqual([]);
});

test('a malformed file shows the loader message and keeps the design', async ({ page }) => {
  const studio = new StudioPage(page);
  const controls = new PersistenceControls(page);
  await studio.open('/');
  const count = await studio.nodes().count();

  await chooseFile(page, {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":'),
  });
  const alert = controls.alert('The file could not be opened');
  await expect(alert).toContainText('This file is not a valid VNet Studio design');
  await expect(alert).toContainText('The open design was not changed.');
  await expect(studio.designName).toHaveValue(scenario1);
  await expect(studio.nodes()).toHaveCount(count);
  await expect(page).toHaveScreenshot('persistence-file-error-banner.png');

  // A valid JSON that is not a design, dropped, goes to the Import dialog, which says what it is not.
  await dropFile(page, {
    name: 'other.json',
    mimeType: 'application/json',
    text: '{"hello": "<b>world</b>"}',
  });
  const importDialog = page.getByRole('dialog', { name: 'Import' });
  await expect(importDialog.getByRole('alert')).toContainText('other.json is not an ARM template');
  await page.keyboard.press('Escape');
  await expect(importDialog).toBeHidden();
  await expect(studio.designName).toHaveValue(scenario1);
  await expect(studio.nodes()).toHaveCount(count);

  // A file named .png that is not an image says so in words.
  await dropFile(page, { name: 'canvas.png', mimeType: 'image/png', text: '\u0089PNG' });
  await expect(controls.alert('The dropped item could not be opened')).toContainText(
    'canvas.png: This file is not a PNG image',
  );
  await controls.openRecent();
  expect(await controls.recentNames()).toEqual([scenario1]);
});

test('Ctrl+S saves the design file and Ctrl+O opens the file picker, even while typing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open('/');
  await studio.designName.fill('Shortcut design');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await download).suggestedFilename()).toBe('shortcut-design.json');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(designFile());
  await expect(studio.designName).toHaveValue(scenario2);
});
