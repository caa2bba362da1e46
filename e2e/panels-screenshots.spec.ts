import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type NodeKindLabel, StudioPage } from './fixtures/studio-page';

const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const schemes = ['light', 'dark'] as const;

for (const size of sizes) {
  for (const scheme of schemes) {
    test(`side panels at ${size.width}×${size.height}, ${scheme}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('White paper scenario 1');
      const shot = (name: string) =>
        expect(page).toHaveScreenshot(`panels-${name}-${size.width}x${size.height}-${scheme}.png`);

      await shot('design');
      await page.getByRole('tab', { name: 'IP usage' }).click();
      await expect(page.getByRole('meter').first()).toBeVisible();
      await shot('usage');

      await page.getByRole('region', { name: 'Delegated subnets' }).getByRole('button').first().click();
      await page.getByRole('tab', { name: 'Inspector' }).click();
      const prefix = page.getByRole('textbox', { name: 'Address prefix' });
      await prefix.fill('10.10.0.5/25');
      await expect(page.getByRole('button', { name: 'Use 10.10.0.0/25', exact: true })).toBeVisible();
      await shot('subnet');

      await page.getByRole('tab', { name: /Findings/ }).click();
      await expect(page.getByRole('button', { name: /POL008|NET/ }).first()).toBeVisible();
      await shot('findings');

      expect(errors).toEqual([]);
    });
  }
}

/** Serious or critical accessibility violations inside the side panel. */
async function panelViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('aside[aria-label="Side panel"]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(', ')}`);
}

for (const scheme of schemes) {
  test(`inspector for each kind of object (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.emulateMedia({ colorScheme: scheme });
    const studio = new StudioPage(page);
    await studio.open();
    await studio.openTemplate('Hub and spoke with Azure Firewall');
    const aside = page.getByRole('complementary', { name: 'Side panel' });
    const heading = page.getByRole('tabpanel').getByRole('heading', { level: 2 });
    const violations: string[] = [];
    const shoot = async (name: string) => {
      await expect(aside).toHaveScreenshot(`panels-inspector-${name}-${scheme}.png`);
      violations.push(...(await panelViolations(page)).map((v) => `${name}: ${v}`));
    };
    const objects: Array<[NodeKindLabel, string, string]> = [
      ['Environment', 'Northwind Production', 'environment'],
      ['Enterprise policy', 'ep-northwind-us', 'policy'],
      ['Virtual network', 'vnet-hub-eastus', 'vnet'],
      ['Route table', 'rt-powerplatform-eastus', 'route-table'],
      ['Private resource', 'Northwind ERP (on premises)', 'resource'],
      ['Private DNS zone', 'privatelink.database.windows.net', 'dns-zone'],
    ];
    for (const [kind, name, file] of objects) {
      await studio.select(studio.node(kind, name));
      await expect(heading).toHaveText(name);
      await shoot(file);
    }
    await studio.select(studio.node('Virtual network', 'vnet-hub-eastus'));
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: /^Peering with / })
      .first()
      .click();
    await expect(heading).not.toHaveText('vnet-hub-eastus');
    await shoot('peering');

    await studio.add('Add network security group');
    await page.getByRole('tabpanel').getByRole('button', { name: 'Add security rule' }).click();
    await shoot('nsg');
    await studio.add('Add NAT gateway');
    await expect(page.getByRole('tabpanel').getByRole('region', { name: /Public IPs/ })).toBeVisible();
    await shoot('nat-gateway');

    await page.getByRole('tab', { name: 'IP usage' }).click();
    await shoot('usage-hub');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });
}
