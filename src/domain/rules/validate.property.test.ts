import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DesignSchema } from '../model/schema';
import { designArbitrary } from '../testing/arbitrary-design';
import { coherentDesignArbitrary } from '../testing/coherent-design-arbitrary';
import { computeUsage } from '../usage/compute-usage';
import { catalogIds } from './catalog-ids';
import { validateDesign } from './validate';

const known = new Set(catalogIds.map(([id]) => id));

describe('validation on arbitrary designs', () => {
  it('generates schema-valid designs', () => {
    fc.assert(
      fc.property(fc.oneof(designArbitrary(), coherentDesignArbitrary()), (design) => {
        const r = DesignSchema.safeParse(design);
        expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never falls back to "could not check"', () => {
    fc.assert(
      fc.property(fc.oneof(designArbitrary(), coherentDesignArbitrary()), (design) => {
        const findings = validateDesign(design);
        // User text may itself spell "NaN" or "undefined": mask those strings; only what rules add is checked.
        const suspicious = /undefined|NaN|\[object/;
        const userText = JSON.stringify(design)
          .match(/"(?:[^"\\]|\\.)*"/g)
          ?.map((quoted) => JSON.parse(quoted) as string)
          .filter((text) => suspicious.test(text));
        const withoutUserText = (message: string) =>
          (userText ?? []).reduce((text, u) => text.split(u).join('«text»'), message);
        for (const f of findings) {
          expect(f.message).not.toContain('could not check');
          expect(known.has(f.ruleId)).toBe(true);
          expect(f.objectIds.length, `${f.ruleId} ${f.message}`).toBeGreaterThan(0);
          expect(withoutUserText(f.message)).not.toMatch(suspicious);
        }
        computeUsage(design);
      }),
      { numRuns: 400 },
    );
  });
});
