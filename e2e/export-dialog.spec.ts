import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { StudioPage } from './fixtures/studio-page';

const POLICY_RESOURCE = "'Microsoft.PowerPlatform/enterprisePolicies@";

let studio: StudioPage;
let errors: string[];

test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  errors = await studio.open();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

const exportButton = (page: Page) =>
  page.getByRole('group', { name: 'Design actions' }).getByRole('button', { name: 'Export', exact: true });

async function openExport(page: Page): Promise<Locator> {
  await exportButton(page).click();
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

const highlighted = (dialog: Locator) => dialog.locator('pre[data-highlighted="true"]');

test('the export view shows highlighted Bicep, ARM JSON and the script; Escape closes it', async ({
  page,
}) => {
  const dialog = await openExport(page);
  await expect(dialog.getByRole('tab', { name: 'Bicep' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('tab', { name: 'Bicep' })).toBeFocused();
  await expect(highlighted(dialog)).toBeVisible();
  expect(await codeText(dialog)).toContain(POLICY_RESOURCE);
  // the resource type is a string token, coloured apart from the keyword before it
  const type = dialog.locator('pre span[style]', { hasText: POLICY_RESOURCE }).first();
  const keyword = dialog.locator('pre span[style]', { hasText: /^resource$/ }).first();
  const colour = (l: Locator) => l.evaluate((e) => getComputedStyle(e).color);
  expect(await colour(type)).not.toBe(await colour(keyword));
  expect(await dialog.locator('pre span[style]').count()).toBeGreaterThan(50);
  await expect(dialog.getByText('white-paper-scenario-1-resources-in-a-paired-region.bicep')).toBeVisible();

  // arrow keys move between tabs
  await page.keyboard.press('ArrowRight');
  const arm = dialog.getByRole('tab', { name: 'ARM JSON' });
  await expect(arm).toHaveAttribute('aria-selected', 'true');
  await expect(arm).toBeFocused();
  await expect(dialog.getByText('white-paper-scenario-1-resources-in-a-paired-region.json')).toBeVisible();
  const json = await codeText(dialog);
  expect(JSON.parse(json).resources.length).toBeGreaterThan(2);
  await expect(highlighted(dialog)).toBeVisible();

  await dialog.getByRole('tab', { name: 'Post-deployment script' }).click();
  await expect(dialog.getByText('white-paper-scenario-1-resources-in-a-paired-region.ps1')).toBeVisible();
  await expect(highlighted(dialog)).toBeVisible();
  expect(await codeText(dialog)).toContain('Enable-SubnetInjection');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
});

test('Copy puts the shown file on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialog = await openExport(page);
  await dialog.getByRole('tab', { name: 'ARM JSON' }).click();
  const shown = await codeText(dialog);
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    'Copied white-paper-scenario-1-resources-in-a-paired-region.json to the clipboard.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  expect(JSON.parse(copied).$schema).toContain('deploymentTemplate.json');
});

test('Download saves the shown file and Download all a zip of every file', async ({ page }) => {
  const dialog = await openExport(page);
  const single = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const file = await single;
  expect(file.suggestedFilename()).toBe('white-paper-scenario-1-resources-in-a-paired-region.bicep');
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toBe(await codeText(dialog));

  const all = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download all (.zip)' }).click();
  const zip = await all;
  expect(zip.suggestedFilename()).toBe('white-paper-scenario-1-resources-in-a-paired-region.export.zip');
  const entries = unzipSync(new Uint8Array(await readFile(await zip.path())));
  expect(Object.keys(entries).sort()).toEqual([
    'white-paper-scenario-1-resources-in-a-paired-region-terraform/network.tf',
    'white-paper-scenario-1-resources-in-a-paired-region-terraform/outputs.tf',
    'white-paper-scenario-1-resources-in-a-paired-region-terraform/policy.tf',
    'white-paper-scenario-1-resources-in-a-paired-region-terraform/providers.tf',
    'white-paper-scenario-1-resources-in-a-paired-region-terraform/variables.tf',
    'white-paper-scenario-1-resources-in-a-paired-region.bicep',
    'white-paper-scenario-1-resources-in-a-paired-region.json',
    'white-paper-scenario-1-resources-in-a-paired-region.ps1',
  ]);
  expect(strFromU8(entries['white-paper-scenario-1-resources-in-a-paired-region.bicep'] as Uint8Array)).toBe(
    text,
  );
  expect(
    strFromU8(entries['white-paper-scenario-1-resources-in-a-paired-region.ps1'] as Uint8Array),
  ).toContain('Enable-SubnetInjection');
});

test('Selection only exports the selected VNet without the policy; This object shows its snippet', async ({
  page,
}) => {
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  const dialog = await openExport(page);
  expect(await codeText(dialog)).toContain(POLICY_RESOURCE);
  await dialog.getByRole('radio', { name: /Selection only/ }).check();
  await expect(dialog.getByText('white-paper-scenario-1-resources-in-a-paired-region.bicep')).toBeVisible();
  await expect.poll(() => codeText(dialog)).not.toContain(POLICY_RESOURCE);
  const selected = await codeText(dialog);
  expect(selected).toContain('vnet1-westus');
  expect(selected).not.toContain('vnet2-eastus');
  expect(selected).not.toContain('ep-contoso-us');
  // the notes say what is referenced but not exported, if anything; the VNet is the whole content
  await dialog.getByRole('radio', { name: /This object/ }).check();
  await expect(dialog.getByText('virtual-network-vnet1-westus.snippet.bicep')).toBeVisible();
  const snippet = await codeText(dialog);
  expect(snippet).toContain("'Microsoft.Network/virtualNetworks@");
  expect(snippet).not.toContain('VNet Studio export of design');

  // the zip follows the selection too
  const all = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download all (.zip)' }).click();
  const entries = unzipSync(new Uint8Array(await readFile(await (await all).path())));
  expect(
    strFromU8(entries['white-paper-scenario-1-resources-in-a-paired-region.bicep'] as Uint8Array),
  ).not.toContain(POLICY_RESOURCE);
});

test('a design with a validation error shows a warning above the code', async ({ page }) => {
  const dialog0 = await openExport(page);
  await expect(dialog0.getByText(/The design has \d+ errors?/)).toHaveCount(0);
  await page.keyboard.press('Escape');

  await studio.select(studio.node('Subnet', 'snet-data'));
  const inspector = page.getByRole('tabpanel', { name: 'Inspector' });
  await inspector.getByRole('textbox', { name: 'Address prefix' }).fill('10.10.1.5/24');
  await expect(page.getByRole('tab', { name: /Findings/ })).toHaveAccessibleName(/1 error/);

  const dialog = await openExport(page);
  await expect(
    dialog.getByText('The design has 1 error; the export starts with a comment listing them.', {
      exact: false,
    }),
  ).toBeVisible();
  expect(await codeText(dialog)).toContain('WARNING: the design has 1 validation error');
  await dialog.getByRole('tab', { name: 'ARM JSON' }).click();
  await expect(dialog.getByText(/metadata\.vnetStudio\.validationErrors/)).toBeVisible();
});

test('the export view lists what the export does not deploy, and the code carries it as comments', async ({
  page,
}, testInfo) => {
  const dialog = await openExport(page);
  const notDeployed = dialog.getByRole('list', { name: 'Not deployed by this export' });
  await expect(notDeployed).toBeVisible();
  await expect(
    notDeployed.getByRole('listitem').filter({ hasText: /is a placeholder: set the real subscription ID/ }),
  ).not.toHaveCount(0);
  expect(await codeText(dialog)).toContain('// Not deployed by this export (do or check these yourself):');
  await dialog.getByRole('tab', { name: 'Post-deployment script' }).click();
  await expect(notDeployed).toBeVisible();
  expect(await codeText(dialog)).toContain('# Not deployed by this export (do or check these yourself):');
});
