import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const focusedId = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');

test('Tab reaches the canvas at once; arrows move the focus, Enter inspects, and the ring shows', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  // The first Tab stop of the page.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the canvas' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  const first = await focusedId(page);
  expect(first).not.toBe('');

  // A visible focus ring, outside the node's own selection ring.
  const focused = page.locator(`.react-flow__node[data-id="${first}"]`);
  await expect(focused).toHaveCSS('outline-style', 'solid');
  await expect(focused).toHaveCSS('outline-width', '3px');

  // Arrow keys move the focus between objects, and do not move the objects.
  const before = await focused.evaluate((el) => (el as HTMLElement).style.transform);
  await page.keyboard.press('ArrowRight');
  const second = await focusedId(page);
  expect(second).not.toBe('');
  expect(second).not.toBe(first);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedId(page)).toBe(first);
  expect(await focused.evaluate((el) => (el as HTMLElement).style.transform)).toBe(before);

  // Enter selects the focused object and opens the inspector on it (the findings are showing).
  await page.getByRole('tab', { name: /Findings/ }).click();
  const node = page.locator(`.react-flow__node[data-id="${second}"]`);
  await node.focus();
  await page.keyboard.press('Enter');
  await expect(node).toHaveClass(/selected/);
  await expect(page.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
  const name = (await node.getAttribute('aria-label')) ?? '';
  const heading = await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).textContent();
  expect(name).toContain(heading ?? '∅');
});

test('? opens a sheet of every shortcut; every canvas object has a unique name; axe stays clean', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const labels = await studio.nodes().evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.every((l) => l !== null && l !== '')).toBe(true);
  expect(new Set(labels).size).toBe(labels.length);
  // Scenario 1 has two subnets named snet-powerplatform: each name says its VNet.
  await expect(studio.node('Subnet', 'snet-powerplatform in vnet1-westus')).toHaveCount(1);
  await expect(studio.node('Subnet', 'snet-powerplatform in vnet2-eastus')).toHaveCount(1);

  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const keys of ['Shift+Enter', 'Arrow keys', 'Ctrl+Shift+Z or Ctrl+Y', 'Shift+S', 'V', 'L']) {
    await expect(sheet.getByRole('cell', { name: keys, exact: true })).toHaveCount(1);
  }
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // The palette's button opens it too.
  await studio.palette.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
});
