import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, test } from '@playwright/test';
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

/** The code shown, without line numbers. */
function codeText(dialog: Locator): Promise<string> {
  return dialog
    .getByRole('tabpanel')
    .locator('code')
    .evaluate((code) => [...code.children].map((row) => row.lastElementChild?.textContent ?? '').join('\n'));
}

test('a VNet marked as existing in Azure is declared existing in the Bicep export, never redeployed', async ({
  page,
}) => {
  const vnet = studio.node('Virtual network', 'vnet1-westus');
  await studio.select(vnet);
  const side = page.getByRole('complementary', { name: 'Side panel' });
  const toggle = side.getByRole('switch', { name: 'Exists in Azure' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(vnet.getByText('existing', { exact: true })).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(vnet.getByText('existing', { exact: true })).toBeVisible();
  const box = await vnet.boundingBox();
  if (box)
    await page.screenshot({
      path: test.info().outputPath('existing-vnet.png'),
      clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 },
    });

  await page
    .getByRole('group', { name: 'Design actions' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('tab', { name: 'Bicep' })).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(() => codeText(dialog))
    .toContain("'Microsoft.Network/virtualNetworks@2025-07-01' existing = {");
  const bicep = await codeText(dialog);
  // the VNet is only referred to; its new subnets hang from it as child resources
  expect(bicep).toContain("existing = {\n  name: 'vnet1-westus'\n}");
  expect(bicep).not.toContain("name: '${namePrefix}vnet1-westus'");
  expect(bicep).toContain("'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {");
  await page.keyboard.press('Escape');

  // switched back, the export deploys the VNet again
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(vnet.getByText('existing', { exact: true })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the existing tag and the switch pass the accessibility scan (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const vnet = studio.node('Virtual network', 'vnet1-westus');
    await studio.select(vnet);
    await page.getByRole('switch', { name: 'Exists in Azure' }).click();
    await expect(vnet.getByText('existing', { exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-existing="true"]')
      .include('[role="switch"]')
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(', ')}`)).toEqual([]);
    expect(results.passes.some((p) => p.id === 'color-contrast')).toBe(true);
  });
}
