import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Inspector' });
const bar = (page: Page, prefix: string) =>
  inspector(page).getByRole('group', { name: `Address plan of ${prefix}` });
const findingsTab = (page: Page) => page.getByRole('tab', { name: /Findings/ });

let studio: StudioPage;
let errors: string[];

test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  errors = await studio.open();
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

test("a VNet's address plan shows its subnets to scale and its free space as aligned blocks", async ({
  page,
}) => {
  const plan = bar(page, '10.10.0.0/16');
  await expect(plan.getByRole('button')).toHaveText([
    /snet-powerplatform\s*10\.10\.0\.0\/24/,
    /snet-data\s*10\.10\.1\.0\/24/,
    /Free\s*10\.10\.2\.0\/23/,
    /Free\s*10\.10\.4\.0\/22/,
    /Free\s*10\.10\.8\.0\/21/,
    /Free\s*10\.10\.16\.0\/20/,
    /Free\s*10\.10\.32\.0\/19/,
    /Free\s*10\.10\.64\.0\/18/,
    /Free\s*10\.10\.128\.0\/17/,
  ]);
  const free = plan.getByRole('button', { name: 'Free 10.10.4.0/22, 1,024 addresses — add a subnet here' });
  await expect(free).toBeVisible();
  // Hovering a block shows its range below the bar, and its tooltip.
  await free.hover();
  await expect(page.getByTestId('address-block-details')).toHaveText(
    'Free 10.10.4.0/22 · 1,024 addresses · 10.10.4.0 – 10.10.7.255',
  );
  await expect(free).toHaveAttribute('title', 'Free 10.10.4.0/22, 1,024 addresses — add a subnet here');
  // The bar is to scale: the /17 takes half of it.
  const whole = await plan.boundingBox();
  const half = await plan.getByRole('button', { name: /^Free 10\.10\.128\.0\/17/ }).boundingBox();
  expect(whole && half ? half.width / whole.width : 0).toBeGreaterThan(0.35);
  expect(whole && half ? half.width / whole.width : 1).toBeLessThan(0.6);
});

test('clicking a free block adds a subnet there as one undo step, and the findings stay consistent', async ({
  page,
}) => {
  const before = await findingsTab(page).textContent();
  await bar(page, '10.10.0.0/16')
    .getByRole('button', { name: 'Free 10.10.2.0/23, 512 addresses — add a subnet here' })
    .click();
  await expect(studio.status).toContainText('Added snet-westus at 10.10.2.0/23.');
  const added = studio.node('Subnet', 'snet-westus');
  await expect(added).toBeVisible();
  await expect(added).toContainText('10.10.2.0/23');
  await expect(
    bar(page, '10.10.0.0/16').getByRole('button', {
      name: 'Subnet snet-westus 10.10.2.0/23, 512 addresses — select it',
    }),
  ).toBeVisible();
  // A plain subnet in free space breaks no rule.
  await expect(findingsTab(page)).toHaveText(before ?? '');
  await studio.undo();
  await expect(studio.node('Subnet', 'snet-westus')).toHaveCount(0);
  await expect(
    bar(page, '10.10.0.0/16').getByRole('button', { name: /^Free 10\.10\.2\.0\/23/ }),
  ).toBeVisible();
});

test('a free block splits in halves, the halves join back, and a subnet goes into one half', async ({
  page,
}) => {
  const plan = bar(page, '10.10.0.0/16');
  const split = async (text: string) => {
    await plan.getByRole('button', { name: new RegExp(`^Free ${text.replaceAll('.', '\\.')},`) }).hover();
    await inspector(page)
      .getByRole('button', { name: `Split ${text} in halves` })
      .click();
  };
  await split('10.10.4.0/22');
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.4\.0\/23,/ })).toBeVisible();
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.4\.0\/22,/ })).toHaveCount(0);
  await split('10.10.6.0/23');
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.7\.0\/24,/ })).toBeVisible();
  // The two /24 halves join back into the /23.
  await plan.getByRole('button', { name: /^Free 10\.10\.6\.0\/24,/ }).hover();
  await inspector(page).getByRole('button', { name: 'Join 10.10.6.0/24 with its other half' }).click();
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.6\.0\/23,/ })).toBeVisible();
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.6\.0\/24,/ })).toHaveCount(0);
  // Split again and add a subnet in the upper /24.
  await split('10.10.6.0/23');
  await plan.getByRole('button', { name: 'Free 10.10.7.0/24, 256 addresses — add a subnet here' }).click();
  await expect(studio.status).toContainText('Added snet-westus at 10.10.7.0/24.');
  await expect(studio.node('Subnet', 'snet-westus')).toContainText('10.10.7.0/24');
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.6\.0\/24,/ })).toBeVisible();
  // Its sibling is taken now: nothing to join it with.
  await plan.getByRole('button', { name: /^Free 10\.10\.6\.0\/24,/ }).hover();
  await expect(inspector(page).getByRole('button', { name: /^Join/ })).toHaveCount(0);
});

test('a chosen size and the keyboard: arrow keys move along the bar, Enter adds', async ({ page }) => {
  await inspector(page)
    .getByRole('combobox', { name: 'Size of a subnet added in a free block' })
    .selectOption('/26');
  const plan = bar(page, '10.10.0.0/16');
  await plan.getByRole('button').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.2\.0\/23/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(studio.status).toContainText('Added snet-westus at 10.10.2.0/26.');
  await expect(plan.getByRole('button', { name: /^Free 10\.10\.2\.64\/26/ })).toBeVisible();
  // Power Platform sizing: the policy's two environments (production and UAT) fit a /26, delegated.
  await inspector(page)
    .getByRole('combobox', { name: 'Size of a subnet added in a free block' })
    .selectOption({ label: 'ep-contoso-us (2 environments)' });
  await plan.getByRole('button', { name: /^Free 10\.10\.4\.0\/22/ }).click();
  await expect(studio.status).toContainText('Added snet-westus-2 at 10.10.4.0/26.');
  await expect(studio.node('Subnet', 'snet-westus-2')).toContainText('Power Platform');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the address plan reads in ${scheme} mode and passes axe`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    const plan = bar(page, '10.10.0.0/16');
    await plan.getByRole('button', { name: /^Free 10\.10\.4\.0\/22/ }).hover();
    const section = inspector(page).getByRole('region', { name: 'Address plan' });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`address-plan-${scheme}.png`) });
    const results = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}
