import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const usagePanel = (page: Page) => page.getByRole('tabpanel', { name: 'IP usage' });

test('the usage panel shows Power Platform demand versus capacity and follows edits', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open();
  await page.getByRole('tab', { name: 'IP usage' }).click();
  const panel = usagePanel(page);

  // Scenario 1: one production (30) and one sandbox (10) environment + 5 reserved = 45 of a /24.
  const overview = panel.getByRole('region', { name: 'Delegated subnets' });
  const meter = overview.getByRole('meter', {
    name: 'Power Platform demand in vnet1-westus / snet-powerplatform',
  });
  await expect(meter).toHaveAttribute('aria-valuenow', '45');
  await expect(meter).toHaveAttribute('aria-valuemax', '256');
  await expect(meter).toHaveAttribute('aria-valuetext', '45 of 256 addresses (17.6 %)');
  await expect(overview.getByText('211 addresses left').first()).toBeVisible();

  const vnet1 = panel.getByRole('region', { name: 'vnet1-westus' });
  await expect(vnet1.getByText('1 production × 30 + 1 non-production × 10 + 5 reserved = 45')).toBeVisible();
  await expect(vnet1.getByText('Smallest prefix that fits: /26.')).toBeVisible();
  await expect(vnet1.getByRole('button', { name: 'Contoso Production' })).toBeVisible();
  await expect(vnet1.getByText(/White paper rule of thumb/)).toBeVisible();
  await expect(vnet1.getByRole('list', { name: 'Free ranges of vnet1-westus' })).toContainText(
    '10.10.2.0/23',
  );
  await expect(vnet1.getByRole('meter', { name: 'Addresses taken in snet-data' })).toHaveAttribute(
    'aria-valuenow',
    '6',
  );

  // Shrink the subnet to a /27 (32 addresses): 45 no longer fits.
  await studio.select(studio.node('Subnet', 'snet-data'));
  await vnet1.getByRole('button', { name: 'snet-powerplatform' }).first().click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page.getByRole('tabpanel').getByRole('textbox', { name: 'Address prefix' }).fill('10.10.0.0/27');
  await page.getByRole('tab', { name: 'IP usage' }).click();
  await expect(meter).toHaveAttribute('aria-valuenow', '32');
  await expect(meter).toHaveAttribute('aria-valuetext', '45 of 32 addresses (140.6 %), 13 over');
  await expect(overview.getByText('Too small').first()).toBeVisible();
  await expect(overview.getByText('13 addresses short')).toBeVisible();
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the side panel has no serious accessibility violations on any tab (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const studio = new StudioPage(page);
    await studio.open();
    await studio.select(studio.node('Subnet', 'snet-data'));
    const scan = async (tab: string | RegExp) => {
      await page.getByRole('tab', { name: tab }).click();
      const results = await new AxeBuilder({ page }).include('aside[aria-label="Side panel"]').analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`).join(', ')}`,
        );
    };
    const bad = [...(await scan('Inspector')), ...(await scan(/Findings/)), ...(await scan('IP usage'))];
    await studio.select(studio.node('Enterprise policy', 'ep-contoso-us'));
    bad.push(...(await scan('Inspector')));
    await studio.select(studio.node('Virtual network', 'vnet1-westus'));
    bad.push(...(await scan('Inspector')));
    expect(bad).toEqual([]);
  });
}
