import { expect, test } from '@playwright/test';
import { parseDesign } from '../src/domain/model/load';
import { entityCollections } from '../src/domain/model/schema';
import { countBySeverity, validateDesign } from '../src/domain/rules/validate';
import { pinnedLinksV1 } from '../src/domain/share/fixtures/pinned-links-v1';
import { StudioPage } from './fixtures/studio-page';

// Links of every released version keep opening in the studio exactly as they were shared.
for (const pinned of pinnedLinksV1) {
  test(`the pinned v1 link of ${pinned.title} opens its design`, async ({ page }) => {
    // The design as the current format reads it (a version-1 VNet's gateway and firewall are objects now).
    const parsed = parseDesign(pinned.design);
    if (!parsed.ok) throw new Error(`the pinned design no longer parses: ${JSON.stringify(parsed.errors)}`);
    const design = parsed.design;
    const studio = new StudioPage(page);
    const errors = await studio.open(`/#${pinned.link}`);
    await expect(studio.designName).toHaveValue(design.name);
    // Every object except peerings (drawn as edges) is a node on the canvas.
    const objects = entityCollections
      .filter((key) => key !== 'peerings')
      .reduce((n, key) => n + design[key].length, 0);
    await expect(studio.nodes()).toHaveCount(objects);
    // The same findings as the design validated in Node: the tab names the count of each severity.
    const counts = countBySeverity(validateDesign(design));
    const tab = page.getByRole('tab', { name: /Findings/ });
    const present = Object.entries(counts).filter(([, n]) => n > 0);
    if (present.length === 0) await expect(tab).toContainText('Findings: none');
    for (const [severity, n] of present) await expect(tab).toContainText(`${n} ${severity}`);
    expect(errors).toEqual([]);
  });
}
