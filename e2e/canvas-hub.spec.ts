import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { PersistenceControls } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Inspector' });
const findingsTab = (page: Page) => page.getByRole('tab', { name: /Findings/ });
const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

const FIREWALL = 'Azure Firewall afw-eastus in AzureFirewallSubnet of vnet-eastus';
const GATEWAY = 'Virtual network gateway vgw-eastus in GatewaySubnet of vnet-eastus';
const BASTION = 'Azure Bastion bas-eastus in AzureBastionSubnet of vnet-eastus';

test('draws a hub with a firewall, a gateway and Bastion, edits them, routes through the firewall, shares and exports it', async ({
  context,
  page,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const studio = new StudioPage(page);
  const errors = await studio.open();
  await studio.newDesign();
  await studio.add('Add VNet');
  const vnet = studio.node('Virtual network', 'vnet-eastus');
  await expect(vnet).toBeVisible();

  // Each goes into the selected VNet, with its special subnet created in the same step.
  await studio.add('Add Azure Firewall');
  await expect(group(page, FIREWALL)).toBeVisible();
  await expect(studio.status).toContainText(
    'Added afw-eastus and its AzureFirewallSubnet (10.0.0.0/26) to vnet-eastus.',
  );
  await expect(group(page, FIREWALL)).toContainText('Firewall Standard · 10.0.0.4');
  await studio.undo();
  await expect(group(page, FIREWALL)).toHaveCount(0);
  await expect(studio.nodesOf('Subnet')).toHaveCount(0);
  await studio.redo();
  await expect(group(page, FIREWALL)).toBeVisible();

  await studio.select(vnet);
  await studio.add('Add VNet gateway');
  await expect(group(page, GATEWAY)).toBeVisible();
  await studio.select(vnet);
  await studio.add('Add Bastion');
  await expect(group(page, BASTION)).toBeVisible();
  await expect(studio.nodesOf('Subnet')).toHaveCount(3);
  await studio.fitView();

  // The inspector edits each.
  await studio.select(group(page, FIREWALL));
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('afw-eastus');
  await panel.getByRole('combobox', { name: 'Firewall SKU' }).selectOption('Premium');
  await expect(group(page, FIREWALL)).toContainText('Firewall Premium · 10.0.0.4');

  await studio.select(group(page, GATEWAY));
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('vgw-eastus');
  await panel.getByRole('combobox', { name: 'Gateway type' }).selectOption('ExpressRoute');
  const sku = panel.getByRole('combobox', { name: 'Gateway SKU' });
  // The SKU list holds only the chosen type's SKUs.
  await expect(sku.locator('option', { hasText: /^VpnGw/ })).toHaveCount(0);
  await sku.selectOption('ErGw2AZ');
  await panel.getByRole('checkbox', { name: 'Active-active' }).check();
  await expect(group(page, GATEWAY)).toContainText('ER · ErGw2AZ · active-active');

  await studio.select(group(page, BASTION));
  await panel.getByRole('combobox', { name: 'Bastion SKU' }).selectOption('Standard');
  await expect(group(page, BASTION)).toContainText('Bastion Standard');

  // A route points at the firewall by reference: the address comes from the firewall.
  await studio.select(vnet);
  await studio.add('Add route table');
  await panel.getByRole('button', { name: 'Add route' }).click();
  await panel
    .getByRole('combobox', { name: 'Next hop firewall' })
    .selectOption({ label: 'afw-eastus (10.0.0.4)' });
  await expect(panel.getByText('Traffic goes to afw-eastus at 10.0.0.4.')).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Next hop IP address' })).toHaveCount(0);

  // Findings react: without its GatewaySubnet the gateway has nowhere to go.
  await expect(findingsTab(page)).not.toHaveAccessibleName(/error/);
  await studio.select(studio.node('Subnet', 'GatewaySubnet'));
  await page.keyboard.press('Delete');
  await expect(findingsTab(page)).toHaveAccessibleName(/error/);
  await findingsTab(page).click();
  await expect(page.getByRole('button', { name: /NET013/ })).toBeVisible();
  // The gateway stays, drawn in its VNet below the subnets.
  await expect(group(page, 'Virtual network gateway vgw-eastus in vnet-eastus')).toBeVisible();
  await studio.undo();
  await expect(group(page, GATEWAY)).toBeVisible();
  await expect(findingsTab(page)).not.toHaveAccessibleName(/error/);

  await studio.fitView();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await studio.select(group(page, FIREWALL));
  await studio.screenshot('canvas-hub-objects');

  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // A share link carries them; a reload keeps them.
  const objects = await studio.nodes().count();
  await new PersistenceControls(page).button('Copy link').click();
  await expect(studio.status).toContainText('Link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  const otherStudio = new StudioPage(other);
  const otherErrors = await otherStudio.open(url);
  await expect(otherStudio.nodes()).toHaveCount(objects);
  await expect(group(other, FIREWALL)).toContainText('Firewall Premium · 10.0.0.4');
  await expect(group(other, GATEWAY)).toContainText('ER · ErGw2AZ · active-active');
  await expect(group(other, BASTION)).toContainText('Bastion Standard');
  await other.close();

  // The export deploys the three objects.
  await page
    .getByRole('group', { name: 'Design actions' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const code = exportDialog.getByRole('tabpanel').locator('code');
  for (const type of ['azureFirewalls', 'virtualNetworkGateways', 'bastionHosts'])
    await expect(code).toContainText(`Microsoft.Network/${type}@`);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  await new PersistenceControls(page).saved();
  await page.reload();
  await expect(studio.nodes()).toHaveCount(objects);
  await expect(group(page, GATEWAY)).toContainText('ER · ErGw2AZ · active-active');
  expect([...errors, ...otherErrors]).toEqual([]);
});
