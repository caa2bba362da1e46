import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

test('deleting says everything it removes; undo and redo say what they undid and redid', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.select(studio.node('Virtual network', 'vnet1-westus'));
  await page.keyboard.press('Delete');
  await expect(studio.status).toContainText(
    'Deleted vnet1-westus, its 2 subnets, its peering and sql-contoso-orders.',
  );
  await expect(studio.nodesOf('Private resource')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(studio.status).toContainText('Undid deleting vnet1-westus, snet-powerplatform and');
  await expect(studio.nodesOf('Private resource')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(studio.status).toContainText('Redid deleting vnet1-westus');

  await studio.undo();
  await studio.add('Add environment');
  await expect(studio.status).toContainText('Added Environment 3.');
  await studio.undo();
  await expect(studio.status).toContainText('Undid adding Environment 3.');
  await studio.redo();
  await expect(studio.status).toContainText('Redid adding Environment 3.');
});
