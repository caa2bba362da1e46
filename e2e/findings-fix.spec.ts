import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

test('a finding selects the object to change, shows the rest as context, and its advice clears it', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  // Remove the SQL private endpoint's DNS zone: REACH004 asks for it back.
  await studio.select(studio.node('Private DNS zone', 'privatelink.database.windows.net'));
  await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: /Findings/ }).click();
  const reach004 = page.getByRole('button', { name: /REACH004/ }).first();
  // The message names every step: add the zone, choose it on the resource, link it.
  await expect(reach004).toContainText(
    "add the private DNS zone privatelink.database.windows.net, choose it as sql-contoso-orders's private DNS zone and link the zone to",
  );
  await reach004.click();

  // Only the resource to change is selected: the inspector shows it, not a list.
  const sql = studio.node('Private resource', 'sql-contoso-orders');
  await expect(sql).toHaveClass(/selected/);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
    'sql-contoso-orders',
  );
  // The rest of the chain is highlighted as context, not selected.
  const vnet = studio.node('Virtual network', 'vnet1-westus');
  await expect(vnet.locator('[data-context="true"]')).toHaveCount(1);
  await expect(sql.locator('[data-context="true"]')).toHaveCount(0);
  // The badge sits on the object to change only, quietly for a warning.
  const dot = sql.getByRole('img', { name: /warning/ });
  await expect(dot).toHaveAttribute('data-severity', 'warning');
  expect((await dot.boundingBox())?.width).toBeLessThanOrEqual(12);
  await expect(vnet.getByRole('img', { name: /warning|error/ })).toHaveCount(0);

  // The quick action does every step: a DNS zone added with the resource selected is its zone, linked.
  await page.keyboard.press('d');
  await expect(studio.status).toContainText(
    "Added privatelink.database.windows.net as sql-contoso-orders's private DNS zone and linked it to",
  );
  await page.getByRole('tab', { name: /Findings/ }).click();
  await expect(page.getByRole('button', { name: /REACH004/ })).toHaveCount(0);
  // Changing the selection clears the context.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-context="true"]')).toHaveCount(0);
});

test('an error badge is strong: a disc with its mark, larger than a warning dot', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByRole('tab', { name: 'IP usage' }).click();
  await page
    .getByRole('region', { name: 'Delegated subnets' })
    .getByRole('button', { name: 'vnet1-westus / snet-powerplatform' })
    .click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page.getByRole('textbox', { name: 'Address prefix' }).fill('10.10.0.0/25');
  const badge = page.locator('[data-severity="error"]').first();
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText(/^!/);
  expect((await badge.boundingBox())?.width).toBeGreaterThanOrEqual(18);
});
