import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design, DesignSchema } from '../model/schema';
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
        checkUsageInvariants(design);
      }),
      { numRuns: 400 },
    );
  });
});

/** What the usage model promises on any design, half-drawn or not. */
function checkUsageInvariants(design: Design): void {
  const usage = computeUsage(design);
  for (const v of usage.vnets) {
    expect(v.allocated + v.free, v.vnetId).toBe(v.addressSpace);
    expect(v.allocated).toBeGreaterThanOrEqual(0);
  }
  let sum = 0;
  let largest = 0;
  for (const s of usage.subnets.values()) {
    expect(s.demand !== undefined, s.subnetId).toBe(s.powerPlatform);
    if (!s.demand) continue;
    const envs = s.demand.environments.reduce((n, e) => n + e.addresses, 0);
    expect(s.demand.estimated, s.subnetId).toBe(envs + 5);
    expect(s.demand.headroom).toBe(s.size - s.demand.estimated);
    expect(new Set(s.demand.environments.map((e) => e.id)).size).toBe(s.demand.environments.length);
    sum += s.demand.estimated;
    largest = Math.max(largest, s.demand.estimated);
  }
  // failover groups partition the delegated subnets; the total counts each group once
  const grouped = usage.failoverGroups.flat();
  expect(new Set(grouped).size).toBe(grouped.length);
  expect(new Set(grouped)).toEqual(
    new Set([...usage.subnets.values()].filter((s) => s.powerPlatform).map((s) => s.subnetId)),
  );
  expect(usage.powerPlatformDemand).toBeLessThanOrEqual(sum);
  expect(usage.powerPlatformDemand).toBeGreaterThanOrEqual(largest);
  // a VNet's share never exceeds the design's total (subnets of unknown VNets count only in the total)
  for (const v of usage.vnets) expect(v.powerPlatformDemand).toBeLessThanOrEqual(usage.powerPlatformDemand);
}
