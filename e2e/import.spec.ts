/**
 * Importing the network that already exists: real corpus files by the file picker, by a drop on the
 * canvas and by paste; the preview before anything changes; "Add to this design" (beside what is there,
 * one undo step) and "Open as a new design"; a Bicep file's message; a refresh that shows drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const corpus = join(process.cwd(), 'src', 'domain', 'import', '__corpus__');
const specFile = (name: string) => {
  const path = join(corpus, 'rest-api-specs', name);
  return { name, mimeType: 'application/json', buffer: readFileSync(path), text: readFileSync(path, 'utf8') };
};

function importDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import' });
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The "What will change" row of one kind: [kind, to add, to update]. */
async function changeRow(dialog: Locator, kind: string): Promise<string[]> {
  const row = dialog.getByRole('row', { name: new RegExp(`^${kind} `) });
  await expect(row).toBeVisible();
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

async function paste(dialog: Locator, text: string) {
  await dialog.getByRole('textbox', { name: 'Or paste JSON' }).fill(text);
  await dialog.getByRole('button', { name: 'Import pasted JSON' }).click();
}

/** A hub and a spoke as `az network vnet list` prints them; the hub's address space varies. */
function azVnetList(hubPrefixes: string[]): string {
  const rg = '/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks';
  const vnet = (name: string, prefixes: string[], subnet: [string, string]) => ({
    id: `${rg}/${name}`,
    name,
    type: 'Microsoft.Network/virtualNetworks',
    location: 'westeurope',
    resourceGroup: 'rg-net',
    addressSpace: { addressPrefixes: prefixes },
    subnets: [{ id: `${rg}/${name}/subnets/${subnet[0]}`, name: subnet[0], addressPrefix: subnet[1] }],
  });
  return JSON.stringify([
    vnet('vnet-hub', hubPrefixes, ['GatewaySubnet', '10.50.0.0/27']),
    vnet('vnet-spoke', ['10.60.0.0/16'], ['snet-pp', '10.60.1.0/24']),
  ]);
}

test('import by the file picker: several files, the preview, add beside the design, one undo', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  const vnetsBefore = await studio.nodesOf('Virtual network').count();
  const dialog = await openImport(page);
  await dialog
    .getByLabel('Files to import')
    .setInputFiles([specFile('VirtualNetworkGetWithSubnetDelegation.json'), specFile('NatGatewayGet.json')]);

  await expect(dialog.getByRole('heading', { name: 'What will change' })).toBeVisible();
  expect(await changeRow(dialog, 'Virtual network')).toEqual(['1', '0']);
  expect(await changeRow(dialog, 'NAT gateway')).toEqual(['1', '0']);
  await expect(
    dialog.getByText('VirtualNetworkGetWithSubnetDelegation.json: Azure CLI / REST'),
  ).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Warnings \(\d+\)$/ })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Skipped \(\d+\)/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // nothing has changed yet
  await expect(studio.node('Virtual network', 'test-vnet')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Add to this design' }).click();
  await expect(dialog).toBeHidden();
  await expect(studio.status).toContainText('Imported: 3 objects added');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(vnetsBefore + 1);
  await studio.fitView();
  // laid out beside what was there, never on top of it
  const imported = await studio.node('Virtual network', 'test-vnet').boundingBox();
  const others = studio.nodesOf('Virtual network');
  for (let i = 0; i < vnetsBefore + 1; i++) {
    const box = await others.nth(i).boundingBox();
    if (!box || !imported || (box.x === imported.x && box.y === imported.y)) continue;
    expect(imported.x).toBeGreaterThanOrEqual(box.x + box.width);
  }

  await studio.undo();
  await expect(studio.node('Virtual network', 'test-vnet')).toHaveCount(0);
  await expect(studio.nodesOf('NAT gateway')).toHaveCount(0);
  await expect(studio.nodesOf('Virtual network')).toHaveCount(vnetsBefore);
  expect(errors).toEqual([]);
});

test('import by a drop on the canvas, opened as a new design', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  const file = specFile('RouteTableGet.json');
  const data = await page.evaluateHandle((f) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([f.text], f.name, { type: f.mimeType }));
    return transfer;
  }, file);
  await studio.canvas.dispatchEvent('dragenter', { dataTransfer: data });
  await studio.canvas.dispatchEvent('dragover', { dataTransfer: data });
  await expect(page.getByText('or Azure and Terraform files to import them')).toBeVisible();
  await studio.canvas.dispatchEvent('drop', { dataTransfer: data });

  const dialog = importDialog(page);
  await expect(dialog.getByRole('heading', { name: 'What will change' })).toBeVisible();
  expect(await changeRow(dialog, 'Route table')).toEqual(['1', '0']);
  await dialog.getByRole('button', { name: 'Open as a new design' }).click();
  await expect(studio.designName).toHaveValue('Imported network');
  await expect(studio.node('Route table', 'testrt')).toBeVisible();
  await expect(studio.nodesOf('Virtual network')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('import by paste; a Bicep file gets a message to import its JSON', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  let dialog = await openImport(page);
  await dialog.getByLabel('Files to import').setInputFiles({
    name: 'main.bicep',
    mimeType: 'text/plain',
    buffer: Buffer.from("param location string = 'westeurope'\n"),
  });
  await expect(dialog.getByRole('alert')).toContainText('bicep build main.bicep --stdout');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  dialog = await openImport(page);
  await paste(dialog, specFile('VirtualNetworkGet.json').text);
  expect(await changeRow(dialog, 'Virtual network')).toEqual(['1', '0']);
  await expect(dialog.getByText('pasted JSON: Azure CLI / REST')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add to this design' }).click();
  await expect(studio.node('Virtual network', 'test-vnet')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a refresh updates in place and shows the drift, highlighted on the canvas', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  await studio.newDesign();
  let dialog = await openImport(page);
  await paste(dialog, azVnetList(['10.50.0.0/16']));
  await dialog.getByRole('button', { name: 'Add to this design' }).click();
  await expect(studio.nodesOf('Virtual network')).toHaveCount(2);

  dialog = await openImport(page);
  await paste(dialog, azVnetList(['10.50.0.0/16', '10.51.0.0/16']));
  expect(await changeRow(dialog, 'Virtual network')).toEqual(['0', '2']);
  await expect(
    dialog.getByRole('heading', {
      name: 'Drift since this design: 1 changed, 0 added, 0 no longer in the estate',
    }),
  ).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Drift' }).getByRole('listitem')).toHaveText([
    'Changed: Virtual network vnet-hub — addressPrefixes: 10.50.0.0/16 → 10.50.0.0/16, 10.51.0.0/16',
  ]);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Add to this design' }).click();

  await expect(studio.status).toContainText('1 changed since the design (highlighted)');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(2);
  await expect(studio.nodesOf('Subnet')).toHaveCount(2);
  await expect(studio.page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(studio.page.locator('.react-flow__node.selected')).toHaveAttribute(
    'aria-label',
    'Virtual network vnet-hub',
  );
  expect(errors).toEqual([]);
});

test('a large az list is read and imported in a Web Worker, then previewed', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open('/');
  // 1,500 VNets of `az network vnet list`, padded with the tags and fields az prints: about 8 MB
  const rg = '/subscriptions/1111/resourceGroups/rg-big/providers/Microsoft.Network/virtualNetworks';
  const list = Array.from({ length: 1500 }, (_, i) => ({
    id: `${rg}/vnet-${i}`,
    name: `vnet-${i}`,
    type: 'Microsoft.Network/virtualNetworks',
    location: 'westeurope',
    resourceGroup: 'rg-big',
    tags: { owner: 'x'.repeat(4000) },
    addressSpace: { addressPrefixes: [`10.${i % 250}.${Math.floor(i / 250) * 16}.0/20`] },
    subnets: [{ name: 'snet', addressPrefix: `10.${i % 250}.${Math.floor(i / 250) * 16}.0/24` }],
  }));
  const buffer = Buffer.from(JSON.stringify(list));
  expect(buffer.length).toBeGreaterThan(6_000_000);
  const dialog = await openImport(page);
  const worker = page.waitForEvent('worker');
  await dialog
    .getByLabel('Files to import')
    .setInputFiles({ name: 'vnets.json', mimeType: 'application/json', buffer });
  expect((await worker).url()).toMatch(/import-worker/);
  expect(await changeRow(dialog, 'Virtual network')).toEqual(['1500', '0']);
  expect(await changeRow(dialog, 'Subnet')).toEqual(['1500', '0']);
  await expect(
    dialog.getByText('vnets.json: Azure CLI / REST / Resource Graph / PowerShell output, 1500 resources'),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
