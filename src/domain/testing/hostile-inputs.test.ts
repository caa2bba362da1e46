/**
 * The hostile-input suite of the domain: every crafted or generated design either opens or is refused
 * with a typed error, the same way from a file and from a link, and what opens stays within fixed bounds
 * on findings, references (the canvas draws one connection per reference) and stored size. Counts, not
 * times: the benchmark (`npm run bench`) times the same shapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDesignLimits } from '../model/check-design-limits';
import { DESIGN_LIMITS } from '../model/design-limits';
import { createEnvironment, createPolicy, createSubnet, createVnet } from '../model/factories';
import { parseDesignJson } from '../model/load';
import type { Design } from '../model/schema';
import { serializeDesign } from '../model/serialize-design';
import { allRules } from '../rules/all-rules';
import { MAX_FINDINGS_PER_OBJECT } from '../rules/cap-findings';
import { validateDesign } from '../rules/validate';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { encodeBase64url } from '../share/base64url';
import { createShareLink, decodeShareLink, encodeShareFragment } from '../share/share-link';
import { hostileShapes } from './hostile-designs';

const ORIGIN = 'https://vnet-studio.example/';

/** Single references (a subnet's VNet, NAT gateway, NSG, route table; a resource's subnet and zone; a peering's two VNets). */
function singleReferences(d: Design): number {
  let n = 0;
  for (const s of d.subnets) n += 1 + Number(!!s.natGatewayId) + Number(!!s.nsgId) + Number(!!s.routeTableId);
  for (const r of d.resources) n += 1 + Number(!!r.privateDnsZoneId);
  return n + 2 * d.peerings.length;
}

/** The fixed bounds every design that opens stays within. */
function expectWithinBounds(design: Design) {
  const limits = checkDesignLimits(design);
  expect(limits.ok).toBe(true);
  const entities = limits.sizes.entities;
  // stored size: the file the studio writes and reopens
  expect(serializeDesign(design).length).toBeLessThanOrEqual(DESIGN_LIMITS.fileText);
  // connections: the capped reference lists plus at most four single references per object
  expect(limits.sizes.references + singleReferences(design)).toBeLessThanOrEqual(
    DESIGN_LIMITS.references + 4 * entities,
  );
  // findings: at most a few per rule and object, and linear in the design in all
  const findings = validateDesign(design);
  const perRuleAndObject = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.objectIds[0] ?? ''}`;
    perRuleAndObject.set(key, (perRuleAndObject.get(key) ?? 0) + 1);
  }
  for (const n of perRuleAndObject.values()) expect(n).toBeLessThanOrEqual(MAX_FINDINGS_PER_OBJECT + 1);
  expect(findings.length).toBeLessThanOrEqual(2 * entities + allRules.length);
  return findings;
}

type Opened = { ok: true; design: Design } | { ok: false; code: string };

/** Opens a design the two ways it arrives: as a file and as a link (when one can be written). */
async function openEverywhere(design: Design): Promise<{ file: Opened; link: Opened }> {
  const loaded = parseDesignJson(serializeDesign(design));
  const file: Opened = loaded.ok
    ? { ok: true, design: loaded.design }
    : { ok: false, code: loaded.errors[0]?.code ?? '' };
  const written = await createShareLink(design, ORIGIN);
  if (!written.ok) return { file, link: { ok: false, code: written.code } };
  const decoded = await decodeShareLink(written.url);
  return {
    file,
    link: decoded.ok ? { ok: true, design: decoded.design } : { ok: false, code: decoded.code },
  };
}

describe('hostile designs open within bounds', () => {
  it.each(hostileShapes.map((s) => [s.key, s] as const))('%s', async (_key, shape) => {
    const design = shape.create();
    const { file, link } = await openEverywhere(design);
    expect(file.ok).toBe(true);
    expect(link.ok).toBe(true);
    if (file.ok) expectWithinBounds(file.design);
  });

  it('reports 5,000 subnets on one prefix as one overlap, not 12.5 million', () => {
    const shape = hostileShapes.find((s) => s.key === 'identical-prefixes');
    const findings = validateDesign(shape!.create());
    expect(findings.filter((f) => f.ruleId === 'NET004')).toHaveLength(1);
    expect(findings.length).toBeLessThan(10);
  });

  it('reports two VNets of 5,000 equal prefixes peered 1,000 times in one finding per peering', () => {
    const shape = hostileShapes.find((s) => s.key === 'overlapping-peers');
    const peer001 = validateDesign(shape!.create()).filter((f) => f.ruleId === 'PEER001');
    expect(peer001).toHaveLength(1000);
    expect(peer001[0]?.message).toMatch(
      /^Peered VNets a and b overlap \(10\.0\.0\.0\/16 and 10\.0\.0\.0\/16\): /,
    );
  });
});

describe('hostile designs are refused with a typed error, the same way from a file and a link', () => {
  it('refuses a reference bomb: environments that each reference thousands of policies', async () => {
    const design = whitepaperScenario1();
    for (let i = 0; i < 3000; i++) design.policies.push(createPolicy({ id: `p${i}` }));
    for (let e = 0; e < 40; e++) {
      design.environments.push(
        createEnvironment({ id: `bomb-${e}`, policyIds: design.policies.map((p) => p.id) }),
      );
    }
    const { file, link } = await openEverywhere(design);
    expect(file).toMatchObject({ ok: false, code: 'too-many-references' });
    expect(link).toMatchObject({ ok: false, code: 'too-many-references' });
    // A link crafted by hand (not by createShareLink) is refused the same way when it is opened.
    const crafted = await decodeShareLink(`${ORIGIN}#${await encodeShareFragment(design)}`);
    expect(crafted).toMatchObject({ ok: false, code: 'too-many-references' });
  });

  it('refuses a design whose file would pass the cap even when its link is small', async () => {
    const design = whitepaperScenario1();
    for (let i = 0; i < 4900; i++) {
      const name = `${'n'.repeat(190)}${i}`;
      design.vnets.push(createVnet({ id: `v${i}`, name, addressPrefixes: [] }));
      design.environments.push(createEnvironment({ id: `e${i}`, name }));
      design.policies.push(createPolicy({ id: `p${i}`, name }));
    }
    const fragment = await encodeShareFragment(design);
    expect(fragment.length).toBeLessThan(DESIGN_LIMITS.linkText);
    const decoded = await decodeShareLink(fragment);
    expect(decoded).toMatchObject({ ok: false, code: 'too-large' });
    const { file, link } = await openEverywhere(design);
    expect(file).toMatchObject({ ok: false, code: 'too-large' });
    expect(link).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses bytes after the end of the compressed data in a link', async () => {
    const fragment = await encodeShareFragment(whitepaperScenario1());
    const data = fragment.slice(3);
    const bytes = Uint8Array.from(
      atob(
        data
          .replace(/-/g, '+')
          .replace(/_/g, '/')
          .padEnd(Math.ceil(data.length / 4) * 4, '='),
      ),
      (c) => c.charCodeAt(0),
    );
    for (const tail of [[0], [0x41, 0x42]]) {
      const tampered = `d1.${encodeBase64url(new Uint8Array([...bytes, ...tail]))}`;
      expect(await decodeShareLink(tampered)).toMatchObject({ ok: false, code: 'not-deflate' });
    }
    expect((await decodeShareLink(fragment)).ok).toBe(true);
  });

  it('opens or refuses generated overlap and fan-out storms, never more than the bounds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          copies: fc.integer({ min: 1, max: 400 }),
          prefixes: fc.integer({ min: 1, max: 6 }),
          nested: fc.boolean(),
          fan: fc.integer({ min: 0, max: 1500 }),
          envs: fc.integer({ min: 1, max: 30 }),
        }),
        async ({ copies, prefixes, nested, fan, envs }) => {
          const design = whitepaperScenario1();
          design.vnets.push(createVnet({ id: 'storm', addressPrefixes: ['10.200.0.0/16', '10.200.0.0/16'] }));
          for (let p = 0; p < prefixes; p++)
            for (let c = 0; c < copies; c++) {
              const prefix = nested && c % 2 === 1 ? `10.200.${p}.0/25` : `10.200.${p}.0/24`;
              design.subnets.push(
                createSubnet({ id: `st-${p}-${c}`, vnetId: 'storm', name: 'same', prefix }),
              );
            }
          for (let i = 0; i < fan; i++) design.policies.push(createPolicy({ id: `fan-${i}` }));
          for (let e = 0; e < envs; e++) {
            design.environments.push(
              createEnvironment({ id: `fe-${e}`, policyIds: design.policies.slice(0, fan).map((p) => p.id) }),
            );
          }
          const { file, link } = await openEverywhere(design);
          const overCap = fan > DESIGN_LIMITS.referencesPerList || fan * envs > DESIGN_LIMITS.references;
          if (overCap) {
            expect(file).toMatchObject({ ok: false, code: 'too-many-references' });
            expect(link).toMatchObject({ ok: false, code: 'too-many-references' });
            return;
          }
          expect(file.ok && link.ok).toBe(true);
          if (!file.ok) return;
          const findings = expectWithinBounds(file.design);
          // one overlap finding per group of equal or nested subnets, however many copies
          const overlaps = findings.filter((f) => f.ruleId === 'NET004' && f.objectIds.includes('storm'));
          expect(overlaps.length).toBe(copies > 1 ? prefixes : 0);
        },
      ),
      { numRuns: 8 },
    );
  });
});
