import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

test('adds the failover twin of a policy with one delegated subnet', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open();
  await studio.newDesign();
  await studio.add('Add enterprise policy');
  await studio.add('Add VNet');
  await studio.add('Add subnet');
  await studio.fitView();
  const policy = studio.node('Enterprise policy', 'ep-unitedstates');
  await studio.connect(policy, studio.node('Subnet', 'snet-eastus'));
  await expect(studio.edges()).toHaveCount(1);

  await studio.select(policy);
  await studio.add('Add failover twin');
  await expect(studio.status).toContainText('Added the failover twin vnet-westus in West US');
  const twin = studio.node('Virtual network', 'vnet-westus');
  await expect(twin).toContainText('10.1.0.0/16');
  await expect(twin).toHaveClass(/selected/);
  await expect(studio.edges()).toHaveCount(2);
  await expect(page.getByText('secondary', { exact: true })).toBeVisible();
  await studio.fitView();
  await studio.screenshot('canvas-failover-twin-1280x800');

  // A second twin is refused with the reason.
  await studio.select(policy);
  await studio.add('Add failover twin');
  await expect(studio.status).toContainText('already references two subnets');
  await studio.undo();
  await expect(studio.nodesOf('Virtual network')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('explains why a single-region geography has no twin', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.openTemplate('Single region: Brazil South');
  await studio.select(studio.node('Enterprise policy', 'ep-woodgrove-br'));
  await page.keyboard.press('w');
  await expect(studio.status).toContainText('Brazil uses a single region');
});
