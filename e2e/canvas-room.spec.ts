import { expect, type Locator, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxOf = async (l: Locator): Promise<Box> => {
  const b = await l.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
};

test('a VNet that grows pushes the one below out of its way, in the same undo step', async ({ page }) => {
  const studio = new StudioPage(page);
  const errors = await studio.open();
  await studio.newDesign();
  for (let i = 0; i < 3; i++) await studio.add('Add VNet');
  const vnets = studio.nodesOf('Virtual network');
  await expect(vnets).toHaveCount(3);
  const [first, second, third] = [vnets.nth(0), vnets.nth(1), vnets.nth(2)];
  await studio.fitView();
  await studio.select(first);
  await studio.add('Add subnet');
  await expect(studio.nodesOf('Subnet')).toHaveCount(1);
  // Let the glide finish before measuring.
  await expect.poll(async () => overlap(await boxOf(first), await boxOf(second))).toBe(false);
  const afterOne = await boxOf(second);
  await studio.add('Add subnet');
  await expect(studio.nodesOf('Subnet')).toHaveCount(2);
  await expect.poll(async () => overlap(await boxOf(first), await boxOf(second))).toBe(false);
  await expect.poll(async () => overlap(await boxOf(second), await boxOf(third))).toBe(false);
  // The one below was pushed down, not covered: its header (name and region) is what is drawn there.
  const pushed = await boxOf(second);
  expect(pushed.y).toBeGreaterThan(afterOne.y);
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('.react-flow__node')?.getAttribute('aria-label'),
    { x: pushed.x + 40, y: pushed.y + 12 },
  );
  expect(onTop).toBe(await second.getAttribute('aria-label'));
  await page.mouse.move(5, 400);
  await studio.screenshot('canvas-room-pushed');

  // Undo takes back the subnet and the room made for it together.
  await studio.undo();
  await expect(studio.nodesOf('Subnet')).toHaveCount(1);
  await expect.poll(async () => Math.round((await boxOf(second)).y)).toBe(Math.round(afterOne.y));
  expect(errors).toEqual([]);
});

test('resizing a VNet from its left and top edges keeps its subnets in place relative to it', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const vnet = studio.node('Virtual network', 'vnet1-westus');
  const subnet = vnet
    .page()
    .getByRole('group', { name: /^Subnet snet-powerplatform/ })
    .first();
  await studio.select(vnet);
  const v0 = await boxOf(vnet);
  const s0 = await boxOf(subnet);
  // Measured while the edge is held (the subnets go with the VNet as it grows) and after it is let go.
  const relative = async () => {
    const v = await boxOf(vnet);
    const s = await boxOf(subnet);
    return { x: Math.round(s.x - v.x), y: Math.round(s.y - v.y) };
  };
  const start = { x: Math.round(s0.x - v0.x), y: Math.round(s0.y - v0.y) };
  const drag = async (handle: Locator, dx: number, dy: number) => {
    const h = await boxOf(handle);
    const x = h.x + h.width / 2;
    const y = h.y + h.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await page.mouse.move(x + dx, y + dy, { steps: 4 });
    expect(await relative()).toEqual(start);
    await page.mouse.up();
  };
  await drag(vnet.locator('.react-flow__resize-control.line.left'), -60, 0);
  await expect.poll(async () => Math.round((await boxOf(vnet)).x)).toBeLessThan(Math.round(v0.x) - 20);
  await drag(vnet.locator('.react-flow__resize-control.line.top'), 0, -60);
  await expect.poll(async () => Math.round((await boxOf(vnet)).y)).toBeLessThan(Math.round(v0.y) - 20);
  await expect.poll(relative).toEqual(start);
});

test('auto-layout routes lines around objects and keeps their labels clear of VNets', async ({ page }) => {
  // Large enough that the fitted design is drawn in full detail, labels included.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const studio = new StudioPage(page);
  await studio.open();
  await studio.add('Auto-layout');
  await expect(studio.status).toContainText('Laid out');
  const label = page.locator('.react-flow__edgelabel-renderer').getByText('secondary', { exact: true });
  await expect(label).toBeVisible();
  // Routed lines are straight runs with corners (no curves).
  const d = await studio
    .edge(/^Delegated subnet: .* to snet-powerplatform/)
    .first()
    .locator('path')
    .first()
    .getAttribute('d');
  expect(d).toMatch(/^M [\d.-]+ [\d.-]+( L [\d.-]+ [\d.-]+)+$/);
  await expect(async () => {
    const l = await boxOf(label);
    for (const vnet of await studio.nodesOf('Virtual network').all())
      expect(overlap(l, await boxOf(vnet)), (await vnet.getAttribute('aria-label')) ?? '').toBe(false);
  }).toPass();
  await page.mouse.move(5, 400);
  await studio.screenshot('canvas-routes');
});
