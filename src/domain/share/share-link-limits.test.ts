import { describe, expect, it } from 'vitest';
import { DESIGN_LIMITS } from '../model/design-limits';
import { createSubnet, createVnet } from '../model/factories';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { generateDesign } from './fixtures/generated-design';
import { createShareLink, decodeShareLink, MAX_LINK_TEXT } from './share-link';

const ORIGIN = 'https://vnet-studio.example/';

/** Deterministic letters that deflate cannot shrink much. */
function noise(seed: number, length: number): string {
  let x = seed + 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += String.fromCharCode(97 + ((x >>> 0) % 26));
  }
  return out;
}

describe('one set of limits for links, files and the studio', () => {
  it('writes a link for a design of more than 5,000 objects, and that link opens', async () => {
    const design = generateDesign(420);
    const objects = Object.keys(design.layout).length;
    expect(objects).toBeGreaterThan(DESIGN_LIMITS.listItems);
    const link = await createShareLink(design, ORIGIN);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.fit.fits).toBe(false); // far past the comfortable length: a warning, not a refusal
    const opened = await decodeShareLink(link.url);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(Object.keys(opened.design.layout)).toHaveLength(objects);
  });

  it('refuses up front, offering the file, a design no link can carry', async () => {
    const design = whitepaperScenario1();
    design.vnets.push(createVnet({ id: 'big', addressPrefixes: ['10.200.0.0/16'] }));
    for (let i = 0; i < 4000; i++) {
      design.subnets.push(
        createSubnet({ id: `s-${i}`, vnetId: 'big', name: noise(i, 100), prefix: '10.200.0.0/29' }),
      );
    }
    const link = await createShareLink(design, ORIGIN);
    expect(link).toMatchObject({ ok: false, code: 'link-too-long' });
    if (!link.ok) expect(link.message).toMatch(/share the file instead/);
    // ... while the same design is well within a file's limits.
    expect(JSON.stringify(design).length).toBeLessThan(DESIGN_LIMITS.fileText);
    expect(MAX_LINK_TEXT).toBe(DESIGN_LIMITS.linkText);
  });

  it('refuses a design over the format limits with the loader’s own code and path', async () => {
    const design = whitepaperScenario1();
    for (let i = 0; i <= DESIGN_LIMITS.referencesPerList; i++)
      design.environments[0]!.resourceIds.push('res-x');
    const link = await createShareLink(design, ORIGIN);
    expect(link).toMatchObject({ ok: false, code: 'too-many-references' });
    if (!link.ok) expect(link.issues?.[0]?.path).toBe('$.environments[0].resourceIds');
  });

  it('opens every link it writes for generated designs of growing size', async () => {
    for (const n of [1, 50, 200, 400]) {
      const link = await createShareLink(generateDesign(n), ORIGIN);
      expect(link.ok).toBe(true);
      if (link.ok) expect((await decodeShareLink(link.url)).ok).toBe(true);
    }
  });
});
