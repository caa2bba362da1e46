import { expect, type Page, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const sidePanel = (page: Page) => page.getByRole('complementary', { name: 'Side panel' });
const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Inspector' });

let studio: StudioPage;
let errors: string[];

test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  errors = await studio.open();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

test('a CIDR input shows the host-bits error as you type and applying the suggestion fixes it', async ({
  page,
}) => {
  await studio.select(studio.node('Subnet', 'snet-data'));
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('snet-data');
  const prefix = panel.getByRole('textbox', { name: 'Address prefix' });
  await prefix.fill('10.10.1.5/24');
  await expect(prefix).toHaveAttribute('aria-invalid', 'true');
  await expect(
    panel.getByText('10.10.1.5/24 has host bits set: the network address is 10.10.1.0/24.'),
  ).toBeVisible();
  await expect(prefix).toHaveAccessibleDescription(/host bits set/);
  // The design keeps the text and the validator reports it.
  await expect(page.getByRole('tab', { name: /Findings/ })).toHaveAccessibleName(/1 error/);

  await panel.getByRole('button', { name: 'Use 10.10.1.0/24', exact: true }).click();
  await expect(prefix).toHaveValue('10.10.1.0/24');
  await expect(prefix).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('tab', { name: /Findings/ })).not.toHaveAccessibleName(/error/);
});

test('typing in a field is one undo step, and a number field never takes a non-number', async ({ page }) => {
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  const name = inspector(page).getByRole('textbox', { name: 'Name', exact: true });
  await name.press('End');
  await name.pressSequentially('-hub');
  await expect(studio.node('Virtual network', 'vnet1-westus-hub')).toBeVisible();
  await studio.undo();
  await expect(name).toHaveValue('vnet1-westus');

  await studio.select(studio.node('Subnet', 'snet-data'));
  const count = inspector(page).getByRole('textbox', { name: 'Addresses' });
  await expect(count).toHaveValue('1');
  await count.fill('abc');
  await expect(inspector(page).getByText('“abc” is not a whole number.')).toBeVisible();
  await count.fill('12');
  await page.getByRole('tab', { name: 'IP usage' }).click();
  await expect(page.getByText(/12 taken by occupants/)).toBeVisible();
});

test('region pickers group regions by geography and policy locations show geography labels', async ({
  page,
}) => {
  await studio.select(studio.node('Virtual network', 'vnet2-eastus'));
  const region = inspector(page).getByRole('combobox', { name: 'Region' });
  await expect(region.locator('optgroup[label="United States"] option')).toHaveText([
    'East US (eastus)',
    'West US (westus)',
    'Central US (centralus)',
    'East US 2 (eastus2)',
  ]);
  await region.selectOption('eastus2');
  await expect(studio.node('Virtual network', 'vnet2-eastus')).toContainText('East US 2');
  await studio.undo();
  await expect(region).toHaveValue('eastus');

  await studio.select(studio.node('Enterprise policy', 'ep-contoso-us'));
  const location = inspector(page).getByRole('combobox', { name: 'Policy location' });
  await expect(location).toHaveValue('United States (unitedstates)');
});

test('a policy orders its subnets, and "Add failover twin" restores a missing secondary', async ({
  page,
}) => {
  await studio.select(studio.node('Enterprise policy', 'ep-contoso-us'));
  const panel = inspector(page);
  const subnets = panel.getByRole('region', { name: 'Delegated subnets' });
  const rows = subnets.getByRole('listitem');
  await expect(rows).toHaveText([/^Primary.*vnet1-westus/, /^Secondary.*vnet2-eastus/]);
  await subnets.getByRole('button', { name: /^Move subnet vnet1-westus .* down$/ }).click();
  await expect(rows).toHaveText([/^Primary.*vnet2-eastus/, /^Secondary.*vnet1-westus/]);
  await studio.undo();
  await expect(rows).toHaveText([/^Primary.*vnet1-westus/, /^Secondary.*vnet2-eastus/]);

  await subnets.getByRole('button', { name: /^Remove subnet vnet2-eastus/ }).click();
  await expect(rows).toHaveCount(1);
  const vnetsBefore = await studio.nodesOf('Virtual network').count();
  await panel.getByRole('button', { name: 'Add failover twin' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toHaveText(/^Secondary.*eastus/);
  await expect(studio.nodesOf('Virtual network')).toHaveCount(vnetsBefore + 1);
});

test('a peering shows each direction and creates the missing one', async ({ page }) => {
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  await inspector(page).getByRole('button', { name: 'Peering with vnet2-eastus' }).click();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('vnet1-westus ⇄ vnet2-eastus');
  const forward = panel.getByRole('region', { name: 'vnet1-westus → vnet2-eastus' });
  await forward.getByRole('button', { name: 'Remove direction vnet1-westus → vnet2-eastus' }).click();
  const create = panel.getByRole('button', {
    name: 'Create the missing direction (vnet1-westus → vnet2-eastus)',
  });
  await expect(create).toBeVisible();
  await create.click();
  await expect(
    panel.getByRole('checkbox', { name: 'Allow virtual network access (vnet1-westus → vnet2-eastus)' }),
  ).toBeChecked();
  await panel
    .getByRole('checkbox', { name: 'Allow forwarded traffic (vnet2-eastus → vnet1-westus)' })
    .check();
  await studio.undo();
  await expect(
    panel.getByRole('checkbox', { name: 'Allow forwarded traffic (vnet2-eastus → vnet1-westus)' }),
  ).not.toBeChecked();
});

test('several selected objects show a summary; nothing selected shows the design', async ({ page }) => {
  await studio.select(studio.node('Environment', 'Contoso Production'));
  await studio.select(studio.node('Environment', 'Contoso UAT'), { shift: true });
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('2 objects selected');
  await expect(panel.getByRole('region', { name: 'Environments' }).getByRole('listitem')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Clear selection' }).click();
  await expect(panel.getByRole('textbox', { name: 'Description' })).toHaveValue(/United States/);
});

test('the tabs follow the arrow keys', async ({ page }) => {
  const tabs = sidePanel(page).getByRole('tab');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Findings/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Findings/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'IP usage' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeFocused();
});

test('a delegated subnet shows its demand under the prefix, and Delete removes the object', async ({
  page,
}) => {
  await studio.select(studio.node('Virtual network', 'vnet2-eastus'));
  await inspector(page).getByRole('button', { name: 'snet-powerplatform', exact: true }).click();
  const panel = inspector(page);
  const meter = panel.getByRole('meter', { name: 'Power Platform demand in snet-powerplatform' });
  await expect(meter).toHaveAttribute('aria-valuetext', '45 of 256 addresses (17.6 %)');
  await panel.getByRole('textbox', { name: 'Address prefix' }).fill('10.20.0.0/27');
  await expect(meter).toHaveAttribute('aria-valuetext', '45 of 32 addresses (140.6 %), 13 over');
  await expect(
    panel.getByText('13 addresses short · Smallest prefix that fits: /26 (this subnet is a /27).'),
  ).toBeVisible();

  await panel.getByRole('button', { name: 'Delete snet-powerplatform' }).click();
  await expect(studio.nodesOf('Subnet')).toHaveCount(2);
  await expect(panel.getByRole('textbox', { name: 'Design name' })).toBeVisible();
  await studio.undo();
  await expect(studio.nodesOf('Subnet')).toHaveCount(3);
});

test('list editors add, validate and remove rows; link lists link and unlink', async ({ page }) => {
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  const panel = inspector(page);
  await panel.getByRole('button', { name: 'Add address prefix' }).click();
  const second = panel.getByRole('textbox', { name: 'Address prefix 2' });
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(second).toHaveAccessibleDescription('Enter an address prefix such as 10.0.0.0/24.');
  await second.fill('10.11.0.0/16');
  await expect(second).not.toHaveAttribute('aria-invalid', 'true');
  await panel.getByRole('button', { name: 'Remove address prefix 2' }).click();
  await expect(second).toHaveCount(0);

  await panel.getByRole('button', { name: 'Add DNS server' }).click();
  const dns = panel.getByRole('textbox', { name: 'DNS server 1' });
  await dns.fill('10.10.1.300');
  await expect(dns).toHaveAccessibleDescription('“10.10.1.300” is not an IPv4 address.');
  await dns.fill('10.10.1.4');
  await expect(dns).not.toHaveAttribute('aria-invalid', 'true');

  await studio.select(studio.node('Environment', 'Contoso UAT'));
  const resources = panel.getByRole('region', { name: 'Private resources it reaches' });
  await resources.getByRole('button', { name: 'Remove resource sql-contoso-orders' }).click();
  await expect(resources.getByText('No private resources.')).toBeVisible();
  await resources
    .getByRole('combobox', { name: 'Add resource' })
    .selectOption({ label: 'sql-contoso-orders' });
  await resources.getByRole('button', { name: 'Link' }).click();
  await expect(resources.getByRole('button', { name: 'sql-contoso-orders', exact: true })).toBeVisible();
});

test('the VNet inspector lists its hub objects and opens them; NET013 reports one without its subnet', async ({
  page,
}) => {
  const vnet = studio.node('Virtual network', 'vnet1-westus');
  await studio.select(vnet);
  await studio.add('Add VNet gateway');
  await studio.select(vnet);
  const panel = inspector(page);
  const hub = panel.getByRole('button', { name: 'vgw-vnet1-westus', exact: true });
  await expect(hub).toBeVisible();
  await hub.click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('vgw-vnet1-westus');
  // Without its GatewaySubnet the gateway is reported.
  await studio.fitView();
  await studio.select(studio.node('Subnet', 'GatewaySubnet'));
  await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: /Findings/ }).click();
  await expect(page.getByText(/which has no GatewaySubnet/)).toBeVisible();
  await studio.undo();
  await expect(page.getByText(/which has no GatewaySubnet/)).toHaveCount(0);
});
