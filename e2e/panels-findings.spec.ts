import { expect, type Page, test } from '@playwright/test';

/** Selects a subnet through the IP usage panel's overview, then opens the inspector. */
async function inspectDelegatedSubnet(page: Page, name: string) {
  await page.getByRole('tab', { name: 'IP usage' }).click();
  await page.getByRole('region', { name: 'Delegated subnets' }).getByRole('button', { name }).click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
    'snet-powerplatform',
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('White paper scenario 1');
});

test('a finding appears when one delegated subnet shrinks to /25 and disappears when it is restored', async ({
  page,
}) => {
  await inspectDelegatedSubnet(page, 'vnet1-westus / snet-powerplatform');
  const prefix = page.getByRole('textbox', { name: 'Address prefix' });
  await expect(prefix).toHaveValue('10.10.0.0/24');
  await prefix.fill('10.10.0.0/25');

  const findingsTab = page.getByRole('tab', { name: /Findings/ });
  await expect(findingsTab).toHaveAccessibleName(/error/);
  await findingsTab.click();
  const errors = page.getByRole('region', { name: /^Errors/ });
  const pol008 = errors.getByRole('button', { name: /POL008/ });
  await expect(pol008).toBeVisible();
  await expect(page.getByRole('link', { name: 'Documentation for POL008' })).toHaveAttribute(
    'href',
    /^https:/,
  );

  await page.getByRole('tab', { name: 'Inspector' }).click();
  await prefix.fill('10.10.0.0/24');
  await findingsTab.click();
  await expect(page.getByRole('button', { name: /POL008/ })).toHaveCount(0);
});

test('clicking a finding selects the object to change and the inspector shows it', async ({ page }) => {
  await inspectDelegatedSubnet(page, 'vnet2-eastus / snet-powerplatform');
  await page.getByRole('textbox', { name: 'Address prefix' }).fill('10.20.0.0/25');
  // Select nothing, then reach the objects through the finding.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: /Findings/ }).click();
  await page
    .getByRole('button', { name: /POL008/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: /POL008/ }).first()).toHaveAttribute('aria-current', 'true');
  // The smaller subnet is the one to grow: it alone is selected; the policy is context.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  const policy = page.getByRole('group', { name: 'Enterprise policy ep-contoso-us', exact: true });
  await expect(policy).not.toHaveClass(/selected/);
  await expect(policy.locator('[data-context="true"]')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('snet-powerplatform');
  await expect(panel.getByRole('textbox', { name: 'Address prefix' })).toHaveValue('10.20.0.0/25');
});

test('the filter keeps only the findings of the selected objects', async ({ page }) => {
  await inspectDelegatedSubnet(page, 'vnet1-westus / snet-powerplatform');
  await page.getByRole('textbox', { name: 'Address prefix' }).fill('10.10.0.0/25');
  await page.getByRole('tab', { name: /Findings/ }).click();
  // the findings panel loads after the first screen: count once its list is drawn
  await expect(page.getByRole('button', { name: /POL008/ })).toBeVisible();
  const all = await page.getByRole('tabpanel').getByRole('listitem').count();
  await page.getByRole('checkbox', { name: 'Only the selected objects' }).check();
  await expect(page.getByRole('button', { name: /POL008/ })).toBeVisible();
  const filtered = await page.getByRole('tabpanel').getByRole('listitem').count();
  expect(filtered).toBeLessThanOrEqual(all);
  expect(filtered).toBeGreaterThan(0);
});
