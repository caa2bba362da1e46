import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

test('undo and redo with the header buttons and the keyboard', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open();
  const vnets = studio.nodesOf('Virtual network');
  await expect(vnets).toHaveCount(2);
  await expect(studio.header.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await studio.add('Add VNet');
  await expect(vnets).toHaveCount(3);
  await studio.undo();
  await expect(vnets).toHaveCount(2);
  await studio.redo();
  await expect(vnets).toHaveCount(3);

  await page.keyboard.press('Control+z');
  await expect(vnets).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(vnets).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(vnets).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('a drag is one undo step and snaps to the grid', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const env = studio.node('Environment', 'Contoso Production');
  const before = await env.boundingBox();
  await studio.drag(env, 0, 120);
  const after = await env.boundingBox();
  expect((after?.y ?? 0) - (before?.y ?? 0)).toBeGreaterThan(60);
  const transform = await env.evaluate((el) => (el as HTMLElement).style.transform);
  const [, x, y] = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform) ?? [];
  expect(Number(x) % 10).toBe(0);
  expect(Number(y) % 10).toBe(0);
  // A second drag of the same object is a step of its own.
  await studio.drag(env, 0, 60);
  await studio.undo();
  await expect.poll(async () => (await env.boundingBox())?.y).toBeCloseTo(after?.y ?? 0, 0);
  await studio.undo();
  await expect.poll(async () => (await env.boundingBox())?.y).toBeCloseTo(before?.y ?? 0, 0);
  await expect(studio.header.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('multi-select, copy, paste, cut and delete with the keyboard', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const envs = studio.nodesOf('Environment');
  await studio.select(studio.node('Environment', 'Contoso Production'));
  await studio.select(studio.node('Environment', 'Contoso UAT'), { shift: true });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  await page.keyboard.press('Control+c');
  await expect(studio.status).toContainText('Copied 2 objects');
  await page.keyboard.press('Control+v');
  await expect(envs).toHaveCount(4);
  // The pasted copies are selected: delete them.
  await page.keyboard.press('Delete');
  await expect(envs).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(envs).toHaveCount(4);

  await studio.select(studio.node('Virtual network', 'vnet2-eastus'));
  await page.keyboard.press('Control+x');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(1);
  await page.keyboard.press('Control+v');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(2);
  await page.keyboard.press('Backspace');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(1);
});

test('shortcuts do not fire while typing the design name', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.designName.fill('');
  await studio.designName.pressSequentially('vnets');
  await page.keyboard.press('Backspace');
  await expect(studio.designName).toHaveValue('vnet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('vnet');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(2);
  await expect(studio.nodesOf('Subnet')).toHaveCount(3);
  // Typing is one undo step.
  await studio.designName.press('Enter');
  await page.keyboard.press('Control+z');
  await expect(studio.designName).toHaveValue(/White paper scenario 1/);
});

test('selecting on the canvas and from the store stay in sync, and templates open', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.select(studio.node('Enterprise policy', 'ep-contoso-us'));
  await expect(studio.node('Enterprise policy', 'ep-contoso-us')).toHaveClass(/selected/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);

  await studio.openTemplate('Hub and spoke with Azure Firewall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hub and spoke with Azure Firewall');
  await expect(studio.nodesOf('Virtual network')).toHaveCount(4);
  await expect(studio.nodesOf('Route table')).toHaveCount(2);
  // The view fits the opened design: its farthest objects are on screen.
  const pane = await studio.canvas.locator('.react-flow').boundingBox();
  for (const node of [
    studio.node('Virtual network', 'vnet-workload-eastus'),
    studio.node('Route table', 'rt-powerplatform-westus'),
  ]) {
    await expect
      .poll(async () => {
        const box = await node.boundingBox();
        return (
          !!box &&
          !!pane &&
          box.x >= pane.x &&
          box.x + box.width <= pane.x + pane.width &&
          box.y + box.height <= pane.y + pane.height
        );
      })
      .toBe(true);
  }
});

test('auto-layout arranges the design left to right as one undo step', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.openTemplate('Hub and spoke with Azure Firewall');
  await studio.add('Auto-layout');
  await expect(studio.status).toContainText('Laid out');
  const x = async (kind: Parameters<StudioPage['node']>[0], name: string) =>
    (await studio.node(kind, name).boundingBox())?.x ?? Number.NaN;
  // Objects glide to their new places: measured once they are there.
  await expect(async () => {
    expect(await x('Environment', 'Northwind Production')).toBeLessThan(
      await x('Enterprise policy', 'ep-northwind-us'),
    );
    expect(await x('Enterprise policy', 'ep-northwind-us')).toBeLessThan(
      await x('Virtual network', 'vnet-spoke-pp-eastus'),
    );
  }).toPass();
  await expect(studio.header.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await studio.screenshot('canvas-auto-layout-1280x800');
  await studio.undo();
  await expect(studio.header.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('box selection with Shift and a drag on the pane', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const a = await studio.node('Environment', 'Contoso Production').boundingBox();
  const b = await studio.node('Environment', 'Contoso UAT').boundingBox();
  if (!a || !b) throw new Error('environments not on screen');
  await page.keyboard.down('Shift');
  await page.mouse.move(a.x - 20, a.y - 20);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 10, b.y + b.height + 10, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(studio.nodesOf('Environment')).toHaveCount(0);
  await expect(studio.status).toContainText('Deleted Contoso Production and Contoso UAT.');
});

test('a selection made outside the canvas selects and centres its objects', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const subnet = page.getByRole('group', { name: 'Subnet snet-powerplatform' }).last();
  // Pan the design out of view.
  const pane = await studio.canvas.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  await page.mouse.move(pane.x + 20, pane.y + 60);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 20, pane.y + 20, { steps: 6 });
  await page.mouse.up();
  await expect(subnet).not.toBeInViewport();

  await page.getByRole('tab', { name: 'IP usage' }).click();
  await page
    .getByRole('region', { name: 'Delegated subnets' })
    .getByRole('button', { name: 'vnet2-eastus / snet-powerplatform' })
    .click();
  await expect(subnet).toHaveClass(/selected/);
  await expect(subnet).toBeInViewport();
});
