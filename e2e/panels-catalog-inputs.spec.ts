import { expect, type Page, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const inspector = (page: Page) => page.getByRole('tabpanel', { name: 'Inspector' });

test('geography, region and policy location are picked from the catalogue with search, free values kept', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const errors = await studio.open();
  await studio.select(studio.node('Environment', 'Contoso Production'));
  const geography = inspector(page).getByRole('combobox', { name: 'Geography' });
  await expect(geography).toHaveValue('United States (unitedstates)');

  // A value the catalogue does not know is kept as typed, and the hint names the rule that reports it.
  await geography.fill('Atlantis');
  await geography.press('Tab');
  await expect(geography).toHaveValue('Atlantis');
  await expect(inspector(page).getByText(/ENV003 reports it/)).toBeVisible();
  await expect(page.getByRole('tab', { name: /Findings/ })).toContainText(/[1-9]/);

  // Typing the label people know resolves to the geography.
  await geography.fill('United States');
  await geography.press('Tab');
  await expect(geography).toHaveValue('United States (unitedstates)');
  await expect(inspector(page).getByText(/^United States: the environment's location/)).toBeVisible();

  // Search lists the matching entries; arrow keys and Enter pick one.
  await geography.fill('kingdom');
  const list = page.getByRole('listbox', { name: 'Geography' });
  await expect(list.getByRole('option')).toHaveText(['United Kingdom (uk)']);
  await expect(inspector(page)).toHaveScreenshot('catalog-combobox-search.png');
  await geography.press('ArrowDown');
  await geography.press('Enter');
  await expect(geography).toHaveValue('United Kingdom (uk)');
  await studio.undo();
  await expect(geography).toHaveValue('United States (unitedstates)');

  // The environment's Azure region, searched by display name, picked with the pointer.
  const region = inspector(page).getByRole('combobox', { name: 'Azure region' });
  await region.fill('east us 2');
  await page
    .getByRole('listbox', { name: 'Azure region' })
    .getByRole('option', { name: /East US 2/ })
    .click();
  await expect(region).toHaveValue('East US 2 (eastus2)');
  await expect(inspector(page).getByText(/Get-EnvironmentRegion reports East US 2/)).toBeVisible();

  // The policy location takes the geography's label too.
  await studio.select(studio.node('Enterprise policy', 'ep-contoso-us'));
  const location = inspector(page).getByRole('combobox', { name: 'Policy location' });
  await location.fill('United Kingdom');
  await location.press('Enter');
  await expect(location).toHaveValue('United Kingdom (uk)');
  await expect(inspector(page).getByText(/^United Kingdom: VNets in/)).toBeVisible();
  expect(errors).toEqual([]);
});
