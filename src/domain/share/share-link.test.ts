import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../model/load';
import * as schema from '../model/schema';
import { sampleDesigns } from '../samples';
import { whitepaperScenario2 } from '../samples/whitepaper-scenario-2';
import { arbitraryDesign } from './fixtures/arbitrary-design';
import { generateDesign } from './fixtures/generated-design';
import { V1_NAME_LISTS } from './names-v1';
import {
  decodeShareLink,
  encodeShareFragment,
  encodeShareLink,
  MAX_SHARE_URL_LENGTH,
  shareLinkFits,
} from './share-link';

const ORIGIN = 'https://vnet-studio.example/';

async function roundTrip(design: schema.Design) {
  const result = await decodeShareLink(await encodeShareLink(design, ORIGIN));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.design;
}

describe('share link round trip', () => {
  it.each(sampleDesigns.map((s) => [s.key, s] as const))(
    'keeps %s identical, ids included',
    async (_key, sample) => {
      const design = sample.create();
      expect(await roundTrip(design)).toStrictEqual(design);
    },
  );

  it('keeps the generated 10-environment design identical', async () => {
    const design = generateDesign(10);
    expect(await roundTrip(design)).toStrictEqual(design);
  });

  it('keeps random valid designs identical', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDesign, async (design) => {
        expect(parseDesign(design).ok).toBe(true);
        expect(await roundTrip(design)).toStrictEqual(design);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds layout to the 10 px grid and nothing else', async () => {
    const design = whitepaperScenario2();
    design.layout.vnet1 = { x: 1003.4, y: -136, width: 296, height: 4 };
    const back = await roundTrip(design);
    expect(back.layout.vnet1).toEqual({ x: 1000, y: -140, width: 300, height: 10 });
    expect({ ...back, layout: {} }).toStrictEqual({ ...design, layout: {} });
  });

  it('writes the link in the fragment, never the query, replacing any fragment of the base', async () => {
    const url = await encodeShareLink(whitepaperScenario2(), 'https://vnet-studio.example/app/?x=1#old');
    expect(url).toMatch(/^https:\/\/vnet-studio\.example\/app\/\?x=1#d1\.[A-Za-z0-9_-]+$/);
  });

  it('opens a link given as a URL, a fragment or bare text', async () => {
    const fragment = await encodeShareFragment(whitepaperScenario2());
    for (const input of [`${ORIGIN}#${fragment}`, `#${fragment}`, fragment, `  ${fragment}\n`]) {
      const r = await decodeShareLink(input);
      expect(r.ok && r.design.id).toBe('whitepaper-scenario-2');
    }
  });

  it('has an index for every value of every enumeration in the schema', () => {
    const schemaValues = [
      ...schema.environmentTypes,
      ...schema.gatewayKinds,
      ...schema.firewallKinds,
      ...schema.occupantKinds,
      ...schema.publicIpSkus,
      ...schema.nextHopTypes,
      ...schema.resourceKinds,
    ];
    const indexed = new Set<string>(Object.values(V1_NAME_LISTS).flat());
    expect(schemaValues.filter((v) => !indexed.has(v))).toEqual([]);
  });

  it('still carries an enumeration value the v1 lists do not know, as text', async () => {
    const design = whitepaperScenario2();
    const env = design.environments[0]!;
    (env as { type: string }).type = 'Future';
    const r = await decodeShareLink(await encodeShareLink(design, ORIGIN));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues?.[0]?.path).toBe('$.environments[0].type');
  });
});

describe('share link budgets', () => {
  it('fits white paper scenario 2 in 600 characters of URL', async () => {
    const url = await encodeShareLink(whitepaperScenario2(), ORIGIN);
    expect(url.length).toBeLessThanOrEqual(600);
  });

  it('fits 10 environments, 20 VNets and 80 subnets in 2,000 characters of URL', async () => {
    const design = generateDesign(10);
    expect([design.environments.length, design.vnets.length, design.subnets.length]).toEqual([10, 20, 80]);
    const url = await encodeShareLink(design, ORIGIN);
    expect(url.length).toBeLessThanOrEqual(MAX_SHARE_URL_LENGTH);
    expect(shareLinkFits(url)).toEqual({ fits: true, length: url.length, limit: 2000 });
  });

  it('says plainly when a link is too long and offers the file', async () => {
    const url = await encodeShareLink(generateDesign(60), ORIGIN);
    const fit = shareLinkFits(url);
    expect(fit.fits).toBe(false);
    if (!fit.fits) {
      expect(fit.length).toBe(url.length);
      expect(fit.message).toMatch(/Save the design as a file/);
    }
  });
});
