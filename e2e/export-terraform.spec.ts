import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { StudioPage } from './fixtures/studio-page';

let studio: StudioPage;
let errors: string[];

test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  errors = await studio.open();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

async function openExport(page: Page): Promise<Locator> {
  await page
    .getByRole('group', { name: 'Design actions' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The code shown, without line numbers. */
function codeText(dialog: Locator): Promise<string> {
  return dialog
    .getByRole('tabpanel')
    .locator('code')
    .evaluate((code) => [...code.children].map((row) => row.lastElementChild?.textContent ?? '').join('\n'));
}

test('the Terraform tab shows the highlighted configuration and downloads it as one file', async ({
  page,
}, info) => {
  const dialog = await openExport(page);
  await dialog.getByRole('tab', { name: 'ARM JSON' }).click();
  await page.keyboard.press('ArrowRight');
  const tab = dialog.getByRole('tab', { name: 'Terraform' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toBeFocused();
  await expect(dialog.getByText('white-paper-scenario-1-resources-in-a-paired-region.tf')).toBeVisible();
  await expect(dialog.locator('pre[data-highlighted="true"]')).toBeVisible();
  const text = await codeText(dialog);
  expect(text).toContain('required_providers');
  expect(text).toContain('resource "azurerm_virtual_network" "vnet1_westus"');
  expect(text).toContain('resource "azapi_resource" "ep_contoso_us"');
  expect(text).toContain('resource "powerplatform_enterprise_policy"');
  // the resource type label is a string token, coloured apart from the `resource` keyword
  const label = dialog.locator('pre span[style]', { hasText: '"azurerm_virtual_network"' }).first();
  const keyword = dialog.locator('pre span[style]', { hasText: /^resource$/ }).first();
  const colour = (l: Locator) => l.evaluate((e) => getComputedStyle(e).color);
  expect(await colour(label)).not.toBe(await colour(keyword));

  const single = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const file = await single;
  expect(file.suggestedFilename()).toBe('white-paper-scenario-1-resources-in-a-paired-region.tf');
  expect(await readFile(await file.path(), 'utf8')).toBe(text);
});

test('Download all holds the Terraform files, one per concern, that together make the single file', async ({
  page,
}) => {
  const dialog = await openExport(page);
  await dialog.getByRole('tab', { name: 'Terraform' }).click();
  const main = await codeText(dialog);
  const all = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download all (.zip)' }).click();
  const entries = unzipSync(new Uint8Array(await readFile(await (await all).path())));
  const folder = 'white-paper-scenario-1-resources-in-a-paired-region-terraform';
  const read = (name: string) => strFromU8(entries[`${folder}/${name}`] as Uint8Array);
  expect(read('providers.tf')).toContain('terraform init');
  expect(read('variables.tf')).toContain('variable "environment_id_contoso_production"');
  expect(read('network.tf')).toContain('resource "azurerm_subnet" "vnet1_westus_snet_powerplatform"');
  expect(read('policy.tf')).toContain('Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview');
  expect(read('outputs.tf')).toContain('output "ep_contoso_us_system_id"');
  for (const name of ['network.tf', 'policy.tf', 'outputs.tf']) {
    for (const line of read(name)
      .split('\n')
      .filter((l) => l.startsWith('resource ') || l.startsWith('output ')))
      expect(main).toContain(line);
  }
});

test('This object shows a VNet, its subnets and their associations as a Terraform snippet', async ({
  page,
}) => {
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  const dialog = await openExport(page);
  await dialog.getByRole('tab', { name: 'Terraform' }).click();
  await dialog.getByRole('radio', { name: /This object/ }).check();
  await expect(dialog.getByText('virtual-network-vnet1-westus.snippet.tf')).toBeVisible();
  const snippet = await codeText(dialog);
  expect(snippet).toContain('resource "azurerm_virtual_network" "vnet1_westus"');
  expect(snippet).toContain('resource "azurerm_subnet" "vnet1_westus_snet_powerplatform"');
  expect(snippet).not.toContain('required_providers');
  expect(snippet).not.toContain('vnet2_eastus"');
});
