import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { checkDesignLimits } from './check-design-limits';
import { DESIGN_LIMITS } from './design-limits';
import { createEnvironment, createPolicy, createVnet } from './factories';
import { parseDesign, parseDesignJson } from './load';
import type { Design } from './schema';
import { serializeDesign } from './serialize-design';

/** A design whose file passes `fileText` while staying within every count. */
function designOverFileSize(): Design {
  const design = whitepaperScenario1();
  const long = (i: number) => `${'n'.repeat(190)}${i}`;
  for (let i = 0; i < 4900; i++) {
    design.vnets.push(createVnet({ id: `v${i}`, name: long(i), addressPrefixes: [] }));
    design.environments.push(createEnvironment({ id: `e${i}`, name: long(i) }));
    design.policies.push(createPolicy({ id: `p${i}`, name: long(i) }));
  }
  return design;
}

describe('checking a design against the limits before it is saved', () => {
  it('accepts the samples and reports their sizes', () => {
    const design = whitepaperScenario1();
    const check = checkDesignLimits(design);
    expect(check).toMatchObject({ ok: true });
    expect(check.sizes.fileText).toBe(serializeDesign(design).length);
    expect(check.sizes.entities).toBeGreaterThan(5);
  });

  it('refuses a design whose file would pass the size limit, as reopening it would', () => {
    const design = designOverFileSize();
    const check = checkDesignLimits(design);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues[0]).toMatchObject({ code: 'too-large', path: '$' });
    expect(check.sizes.fileText).toBeGreaterThan(DESIGN_LIMITS.fileText);
    // The same verdict from the loader, even when the text read is compact enough to be read at all.
    const compact = JSON.stringify(design);
    expect(compact.length).toBeLessThanOrEqual(DESIGN_LIMITS.inputText);
    const loaded = parseDesignJson(compact);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors[0]?.code).toBe('too-large');
  });

  it('refuses a reference fan: one object referring to more than the per-list cap', () => {
    const design = whitepaperScenario1();
    for (let i = 0; i <= DESIGN_LIMITS.referencesPerList; i++) {
      design.policies.push(createPolicy({ id: `fan-${i}` }));
      design.environments[0]!.policyIds.push(`fan-${i}`);
    }
    const check = checkDesignLimits(design);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.issues[0]).toMatchObject({
        code: 'too-many-references',
        path: '$.environments[0].policyIds',
      });
    }
    const loaded = parseDesign(JSON.parse(serializeDesign(design)));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors[0]?.path).toBe('$.environments[0].policyIds');
  });

  it('refuses more references in all than the design-wide cap, before the schema walks them', () => {
    const design = whitepaperScenario1();
    for (let i = 0; i < 1000; i++) design.policies.push(createPolicy({ id: `pol-${i}` }));
    for (let e = 0; e < 25; e++) {
      design.environments.push(
        createEnvironment({ id: `fan-env-${e}`, policyIds: design.policies.slice(0, 900).map((p) => p.id) }),
      );
    }
    const check = checkDesignLimits(design);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues.map((i) => i.code)).toContain('too-many-references');
    expect(check.sizes.references).toBeGreaterThan(DESIGN_LIMITS.references);
    const loaded = parseDesign(JSON.parse(serializeDesign(design)));
    expect(loaded).toMatchObject({ ok: false, errors: [{ code: 'too-many-references', path: '$' }] });
  });

  it('refuses too many objects without serializing the design', () => {
    const design = whitepaperScenario1();
    design.vnets = Array.from({ length: 5001 }, (_, i) => createVnet({ id: `v${i}` }));
    const check = checkDesignLimits(design);
    expect(check).toMatchObject({ ok: false, issues: [{ code: 'too-many-items', path: '$.vnets' }] });
    expect(check.sizes.fileText).toBe(0);
  });
});
