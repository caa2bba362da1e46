import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

test('creates a VNet and a subnet with the keyboard only', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  // Reach "New design" with Tab from the design name field.
  await studio.designName.focus();
  let focused = '';
  for (let i = 0; i < 10 && focused !== 'New design'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  }
  expect(focused).toBe('New design');
  await page.keyboard.press('Enter');
  await expect(studio.nodes()).toHaveCount(0);

  // Palette buttons show their shortcuts; the toolbar is reachable and arrow keys move along it.
  const addVnet = studio.paletteButton('Add VNet');
  await expect(addVnet).toHaveAttribute('aria-keyshortcuts', 'V');
  await studio.paletteButton('Add environment').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(addVnet).toBeFocused();
  await expect(page.getByText('Add VNet V')).toBeVisible();
  await page.keyboard.press('Enter');
  const vnet = studio.node('Virtual network', 'vnet-eastus');
  await expect(vnet).toHaveClass(/selected/);

  // Shortcut letters work too: S adds a subnet in the selected VNet, Shift+S the next free one.
  await page.keyboard.press('s');
  await expect(studio.node('Subnet', 'snet-eastus')).toContainText('10.0.0.0/24');
  await page.keyboard.press('Shift+S');
  await expect(studio.node('Subnet', 'snet-eastus-2')).toContainText('10.0.1.0/24');
  await expect(vnet).toBeVisible();
  await expect(studio.status).toContainText('Added snet-eastus-2 (10.0.1.0/24) to vnet-eastus');

  // A node can be reached with Tab and selected with Enter.
  await vnet.focus();
  await page.keyboard.press('Enter');
  await expect(vnet).toHaveClass(/selected/);
  await page.keyboard.press('v');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(2);

  // Connections without a mouse: select two objects (Shift+Enter adds a focused node) and press C.
  await page.keyboard.press('p');
  const policy = studio.node('Enterprise policy', 'ep-unitedstates');
  await expect(policy).toHaveClass(/selected/);
  await studio.node('Subnet', 'snet-eastus').focus();
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('c');
  await expect(studio.edge('Delegated subnet: ep-unitedstates to snet-eastus')).toHaveCount(1);
  await expect(studio.status).toContainText('Connected ep-unitedstates and snet-eastus');
});
