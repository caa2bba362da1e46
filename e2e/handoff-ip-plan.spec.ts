import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { ipPlanColumns, parseCsv } from '../src/domain/ip-plan';
import { ipPlanDesign } from './fixtures/handoff';
import { sharePath } from './fixtures/share-links';
import { StudioPage } from './fixtures/studio-page';

const design = ipPlanDesign();

async function openIpPlan(page: Page): Promise<Locator> {
  const studio = new StudioPage(page);
  await studio.open(await sharePath(design));
  await expect(studio.designName).toHaveValue(design.name);
  await page.getByRole('banner').getByRole('button', { name: 'IP plan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'IP plan' });
  await expect(dialog.getByRole('table')).toBeVisible();
  return dialog;
}

/** The table as text: header labels and the cells of every body row. */
async function readTable(table: Locator): Promise<{ headers: string[]; rows: string[][] }> {
  return table.evaluate((t: HTMLTableElement) => ({
    headers: Array.from(t.tHead?.rows[0]?.cells ?? []).map(
      (c) => c.textContent?.replace(/[▲▼]/g, '').trim() ?? '',
    ),
    rows: Array.from(t.tBodies[0]?.rows ?? []).map((r) =>
      Array.from(r.cells).map((c) => c.textContent ?? ''),
    ),
  }));
}

/** Dotted quad to number, for checking order by address. */
const ipValue = (prefix: string) =>
  (prefix.split('/')[0] ?? '').split('.').reduce((n, octet) => n * 256 + Number(octet), 0);

const columnLabel = (short: string) => (short === 'Demand' ? 'Power Platform demand' : short);

test('sorts by prefix as addresses, both ways, with aria-sort on the header', async ({ page }) => {
  const dialog = await openIpPlan(page);
  const table = dialog.getByRole('table');
  await expect(table.getByRole('caption')).toContainText(
    `IP plan of “${design.name}”: ${design.subnets.length} rows`,
  );
  const prefixHeader = table.getByRole('columnheader', { name: /^Prefix/ });
  await expect(prefixHeader).toHaveAttribute('aria-sort', 'none');

  await prefixHeader.getByRole('button').click();
  await expect(prefixHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('caption')).toContainText('sorted by Prefix ascending');
  let { headers, rows } = await readTable(table);
  const at = headers.indexOf('Prefix');
  const ascending = rows.map((r) => r[at] ?? '');
  expect(ascending).toHaveLength(design.subnets.length);
  const values = ascending.map(ipValue);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  // By address, not as text: 10.0.2.0/24 comes before 10.0.10.0/24.
  expect(ascending.indexOf('10.0.2.0/24')).toBeLessThan(ascending.indexOf('10.0.10.0/24'));

  await prefixHeader.getByRole('button').click();
  await expect(prefixHeader).toHaveAttribute('aria-sort', 'descending');
  ({ rows } = await readTable(table));
  expect(rows.map((r) => r[at])).toEqual([...ascending].reverse());
});

test('filters rows; copies them as TSV and downloads them as CSV, the same rows as shown', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialog = await openIpPlan(page);
  const table = dialog.getByRole('table');
  await dialog.getByRole('searchbox', { name: 'Filter' }).fill('vnet-hub');
  await expect(table.getByRole('caption')).toContainText(`4 of ${design.subnets.length} rows`);
  await table
    .getByRole('columnheader', { name: /^Prefix/ })
    .getByRole('button')
    .click();
  const shown = await readTable(table);
  expect(shown.rows).toHaveLength(4);
  for (const row of shown.rows) expect(row[shown.headers.indexOf('VNet')]).toBe('vnet-hub-eastus');

  // TSV: a header line and one line per shown row; every shown cell is in its column.
  await dialog.getByRole('button', { name: 'Copy as TSV' }).click();
  await expect(dialog.getByRole('status')).toContainText('Copied 4 rows');
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  // Only the final line break goes: trailing tabs are empty cells of the last row.
  const lines = tsv
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.split('\t'));
  expect(lines[0]).toEqual(ipPlanColumns.map((c) => c.label));
  expect(lines).toHaveLength(5);
  const expectRecords = (records: string[][]) => {
    const head = records[0] ?? [];
    shown.rows.forEach((row, i) => {
      shown.headers.forEach((label, col) => {
        expect(records[i + 1]?.[head.indexOf(columnLabel(label))], `${label}, row ${i + 1}`).toBe(row[col]);
      });
    });
  };
  expectRecords(lines);

  // CSV: parsed back, the same rows in the same order.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ip-plan-hub-and-spoke-ip-plan.csv');
  const parsed = parseCsv(await readFile((await file.path()) ?? '', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.records).toHaveLength(5);
  expectRecords(parsed.records);

  // A name a spreadsheet would run as a formula is written as text, not as shown in the table.
  await dialog.getByRole('searchbox', { name: 'Filter' }).fill('=1+2');
  await expect(table.getByRole('rowheader', { name: '=1+2' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy as TSV' }).click();
  await expect(dialog.getByRole('status')).toContainText('Copied 1 row');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("\t'=1+2\t");
});

test('the table is one tab stop; arrow keys move between cells; Enter shows the subnet on the canvas', async ({
  page,
}) => {
  const dialog = await openIpPlan(page);
  const table = dialog.getByRole('table');
  await dialog.getByRole('button', { name: 'Download CSV' }).focus();
  await page.keyboard.press('Tab');
  const firstHeader = table.getByRole('columnheader').first().getByRole('button');
  await expect(firstHeader).toBeFocused();
  // Only one element of the table is in the tab order.
  expect(await table.locator('[tabindex="0"]').count()).toBe(1);

  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
  expect(await focused()).toBe('1:0');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('1:1');
  await page.keyboard.press('End');
  expect(await focused()).toBe('1:11');
  await page.keyboard.press('Control+End');
  expect(await focused()).toBe(`${design.subnets.length}:11`);
  await page.keyboard.press('Control+Home');
  expect(await focused()).toBe('0:0');
  // Enter on a header sorts by it.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: /^Subnet/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  // Tab leaves the table from wherever the active cell is.
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('1:1');
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBeNull();
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('1:1');

  // Enter on a row: the view closes and the canvas shows that subnet, selected.
  const name = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const studio = new StudioPage(page);
  const node = studio.nodesOf('Subnet').filter({ hasText: name }).first();
  await expect(node).toHaveClass(/selected/);
  await expect(node).toBeInViewport();
  await expect(node).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the IP plan view passes axe and is captured for review (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const dialog = await openIpPlan(page);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await expect(page).toHaveScreenshot(`handoff-ip-plan-${size.width}x${size.height}-${scheme}.png`);
    }
    await dialog.getByRole('checkbox', { name: 'Show free blocks' }).check();
    await expect(dialog.getByRole('table').getByRole('cell', { name: 'Free' }).first()).toBeVisible();
    await expect(page).toHaveScreenshot(`handoff-ip-plan-free-blocks-${scheme}.png`);
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close ip plan' }).click();
    await expect(
      page.getByRole('banner').getByRole('button', { name: 'IP plan', exact: true }),
    ).toBeFocused();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByRole('banner')).toHaveScreenshot(`handoff-header-1280-${scheme}.png`);
  });
}
