import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { StudioPage } from './fixtures/studio-page';

const templates = [
  ['scenario-1', 'White paper scenario 1'],
  ['scenario-2', 'White paper scenario 2'],
  ['brazil', 'Single region: Brazil South'],
  ['hub-and-spoke', 'Hub and spoke with Azure Firewall'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  // The side panel has its own scan in the panels' specs.
  test(`no serious or critical accessibility violations on the header and canvas (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const studio = new StudioPage(page);
    await studio.open();
    await studio.select(studio.node('Virtual network', 'vnet1-westus'));
    const results = await new AxeBuilder({ page }).exclude('aside[aria-label="Side panel"]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`).join(', ')}`,
      ),
    ).toEqual([]);
  });
}

for (const [w, h] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots at ${w}×${h} (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      const studio = new StudioPage(page);
      const errors = await studio.open();
      for (const [key, title] of templates) {
        if (key !== 'scenario-1') await studio.openTemplate(title);
        await studio.fitView();
        await studio.screenshot(`canvas-${key}-${w}x${h}-${scheme}`);
      }
      expect(errors).toEqual([]);
    });
  }
}
