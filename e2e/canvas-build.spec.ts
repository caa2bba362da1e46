import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

test('builds white paper scenario 1 from an empty canvas with the palette and drag connections', async ({
  page,
}) => {
  // About 30 edits and 9 drawn connections: give a busy machine room.
  test.slow();
  const studio = new StudioPage(page);
  const errors = await studio.open();
  await studio.newDesign();

  await studio.add('Add environment');
  await studio.add('Add environment');
  await studio.add('Add enterprise policy');
  await studio.add('Add VNet');
  await expect(studio.node('Virtual network', 'vnet-eastus')).toBeVisible();
  // The VNet is selected: subnets go inside it.
  await studio.add('Add subnet');
  await studio.add('Add subnet');
  await expect(studio.nodesOf('Subnet')).toHaveCount(2);
  await studio.fitView();

  const policy = studio.node('Enterprise policy', 'ep-unitedstates');
  const vnet1 = studio.node('Virtual network', 'vnet-eastus');
  await studio.connect(policy, studio.node('Subnet', 'snet-eastus'));
  await expect(studio.edge('Delegated subnet: ep-unitedstates to snet-eastus')).toHaveCount(1);
  // A drawn connection is confirmed the way the keyboard's C confirms it.
  await expect(studio.status).toContainText('Connected ep-unitedstates and snet-eastus.');

  // The next VNet goes to the other region of the policy's pair, in free address space.
  await studio.select(policy);
  await studio.add('Add VNet');
  const vnet2 = studio.node('Virtual network', 'vnet-westus');
  await expect(vnet2).toContainText('West US');
  await expect(vnet2).toContainText('10.1.0.0/16');
  await studio.add('Add subnet');
  await studio.select(studio.node('Subnet', 'snet-eastus-2'));
  await studio.add('Add Azure SQL');
  // Its default name says what and where; it shows its VNet and subnet.
  await expect(studio.node('Private resource', 'sql-eastus')).toContainText('in vnet-eastus / snet-eastus-2');
  // With the SQL selected, the new zone is its zone.
  await studio.add('Add private DNS zone');
  await expect(studio.edge('DNS zone: sql-eastus to privatelink.database.windows.net')).toHaveCount(1);
  await studio.fitView();

  const env1 = studio.node('Environment', 'Environment 1');
  const env2 = studio.node('Environment', 'Environment 2');
  const sql = studio.nodesOf('Private resource').first();
  const zone = studio.node('Private DNS zone', 'privatelink.database.windows.net');
  const wus = studio.node('Subnet', 'snet-westus');
  const links = [
    [policy, wus],
    [env1, policy],
    [env2, policy],
    [env1, sql],
    [env2, sql],
    [vnet1, vnet2],
    [zone, vnet1],
    [zone, vnet2],
  ] as const;
  for (const [i, [from, to]] of links.entries()) {
    await studio.connect(from, to);
    await expect(studio.edges(), `connection ${i + 1}`).toHaveCount(3 + i);
  }
  await expect(studio.edges()).toHaveCount(10);
  await expect(studio.edge(/^Delegated subnet: ep-unitedstates to snet-(eastus|westus)$/)).toHaveCount(2);
  await expect(studio.edge('Peering: vnet-eastus to vnet-westus')).toHaveCount(1);
  await expect(page.getByText('primary', { exact: true })).toBeVisible();
  await expect(page.getByText('secondary', { exact: true })).toBeVisible();
  // Connecting policy to a subnet delegates it.
  await expect(page.getByText('Power Platform', { exact: true })).toHaveCount(2);

  // A refused connection explains itself.
  await studio.connect(env1, vnet1);
  await expect(studio.status).toContainText('An environment connects to an enterprise policy');
  await expect(studio.edges()).toHaveCount(10);

  // Deleting a selected edge disconnects.
  await studio.edge('Peering: vnet-eastus to vnet-westus').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(studio.edges()).toHaveCount(9);

  await studio.screenshot('canvas-built-scenario-1280x800');
  expect(errors).toEqual([]);
});

test('dropping a connection on an object body connects to it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.newDesign();
  await studio.add('Add environment');
  await studio.add('Add enterprise policy');
  const env = studio.node('Environment', 'Environment 1');
  const policy = studio.node('Enterprise policy', 'ep-unitedstates');
  const from = await env.locator('.react-flow__handle-right').boundingBox();
  const to = await policy.boundingBox();
  if (!from || !to) throw new Error('not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 6, { steps: 10 });
  await page.mouse.up();
  await expect(studio.edge('Policy link: Environment 1 to ep-unitedstates')).toHaveCount(1);
});
