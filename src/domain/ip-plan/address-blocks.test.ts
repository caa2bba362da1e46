import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrEnd, cidrFromNumber, cidrSize, formatCidr, tryParseCidr } from '../ip/cidr';
import { createSubnet, createVnet } from '../model/factories';
import {
  type AddressBlock,
  areJoinableHalves,
  buildAddressPlan,
  joinBlock,
  splitBlock,
  subnetForFreeBlock,
} from './address-blocks';

const cidr = (t: string) => {
  const c = tryParseCidr(t);
  if (!c) throw new Error(`bad test prefix ${t}`);
  return c;
};
const texts = (blocks: readonly AddressBlock[]) =>
  blocks.map((b) => (b.kind === 'subnet' ? `${b.name} ${b.text}` : `free ${b.text}`));

describe('buildAddressPlan', () => {
  it('draws subnets to scale and splits the free space into the largest aligned blocks', () => {
    const vnet = createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/22'] });
    const plan = buildAddressPlan(vnet, [
      createSubnet({ id: 'a', vnetId: 'v', name: 'snet-a', prefix: '10.0.0.0/26' }),
      createSubnet({ id: 'b', vnetId: 'v', name: 'snet-b', prefix: '10.0.2.0/24' }),
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(texts(plan.bars[0]?.blocks ?? [])).toEqual([
      'snet-a 10.0.0.0/26',
      'free 10.0.0.64/26',
      'free 10.0.0.128/25',
      'free 10.0.1.0/24',
      'snet-b 10.0.2.0/24',
      'free 10.0.3.0/24',
    ]);
  });

  it('gives one bar per IPv4 prefix and leaves IPv6 prefixes out', () => {
    const vnet = createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/24', 'fd00:db8::/48', '10.1.0.0/24'] });
    const plan = buildAddressPlan(vnet, [
      createSubnet({ id: 'a', vnetId: 'v', name: 'a', prefix: '10.1.0.0/25' }),
    ]);
    expect(plan.bars.map((b) => b.prefix)).toEqual(['10.0.0.0/24', '10.1.0.0/24']);
    expect(texts(plan.bars[0]?.blocks ?? [])).toEqual(['free 10.0.0.0/24']);
    expect(texts(plan.bars[1]?.blocks ?? [])).toEqual(['a 10.1.0.0/25', 'free 10.1.0.128/25']);
  });

  it('reports unreadable, outside and overlapping subnets as conflicts instead of drawing them', () => {
    const vnet = createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/24', 'not a prefix'] });
    const plan = buildAddressPlan(vnet, [
      createSubnet({ id: 'big', vnetId: 'v', name: 'big', prefix: '10.0.0.0/25' }),
      createSubnet({ id: 'inner', vnetId: 'v', name: 'inner', prefix: '10.0.0.64/26' }),
      createSubnet({ id: 'out', vnetId: 'v', name: 'out', prefix: '192.168.0.0/24' }),
      createSubnet({ id: 'bad', vnetId: 'v', name: 'bad', prefix: '10.0.0.300/24' }),
    ]);
    expect(plan.conflicts.map((c) => [c.subnetId, c.reason, c.overlapsId])).toEqual([
      ['bad', 'invalid', undefined],
      ['inner', 'overlap', 'big'],
      ['out', 'outside', undefined],
    ]);
    expect(texts(plan.bars[0]?.blocks ?? [])).toEqual(['big 10.0.0.0/25', 'free 10.0.0.128/25']);
    expect(plan.bars[1]).toEqual({ prefix: 'not a prefix', cidr: undefined, blocks: [] });
  });

  it('splits a free block in halves and joins the halves back', () => {
    const vnet = createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/23'] });
    const subnets = [createSubnet({ id: 'a', vnetId: 'v', name: 'a', prefix: '10.0.0.0/24' })];
    const once = splitBlock([], cidr('10.0.1.0/24'));
    const twice = splitBlock(once, cidr('10.0.1.128/25'));
    const blocks = buildAddressPlan(vnet, subnets, twice).bars[0]?.blocks ?? [];
    expect(texts(blocks)).toEqual([
      'a 10.0.0.0/24',
      'free 10.0.1.0/25',
      'free 10.0.1.128/26',
      'free 10.0.1.192/26',
    ]);
    expect(blocks.map((b) => b.kind === 'free' && b.joinable)).toEqual([false, false, true, true]);
    // A half whose sibling is taken by a subnet has nothing to join with.
    const taken = [...subnets, createSubnet({ id: 'b', vnetId: 'v', name: 'b', prefix: '10.0.1.192/26' })];
    const partly = buildAddressPlan(vnet, taken, twice).bars[0]?.blocks ?? [];
    expect(partly.map((b) => (b.kind === 'free' && b.joinable ? 'J' : '-'))).toEqual(['-', '-', '-', '-']);
    // Joining the outer halves takes back the inner split too.
    const joined = joinBlock(twice, cidr('10.0.1.0/25'));
    expect(joined).toEqual([]);
    expect(texts(buildAddressPlan(vnet, subnets, joined).bars[0]?.blocks ?? [])).toEqual([
      'a 10.0.0.0/24',
      'free 10.0.1.0/24',
    ]);
    // A block that was not split from anything joins nothing.
    expect(joinBlock(once, cidr('10.0.0.0/24'))).toEqual(once);
    expect(splitBlock([], cidr('10.0.0.1/32'))).toEqual([]);
  });

  it('knows which free blocks are the two halves of one aligned block', () => {
    expect(areJoinableHalves(cidr('10.0.1.0/25'), cidr('10.0.1.128/25'))).toBe(true);
    expect(areJoinableHalves(cidr('10.0.1.128/25'), cidr('10.0.1.0/25'))).toBe(true);
    // adjacent, same size, but not halves of one block
    expect(areJoinableHalves(cidr('10.0.0.128/25'), cidr('10.0.1.0/25'))).toBe(false);
    expect(areJoinableHalves(cidr('10.0.1.0/25'), cidr('10.0.1.128/26'))).toBe(false);
  });
});

describe('subnetForFreeBlock', () => {
  const free = cidr('10.0.4.0/22');
  it('takes the free block itself by default', () => {
    expect(subnetForFreeBlock(free)).toMatchObject({ ok: true, text: '10.0.4.0/22' });
  });
  it('takes the size asked for at the start of the block', () => {
    expect(subnetForFreeBlock(free, { type: 'length', prefixLength: 26 })).toMatchObject({
      ok: true,
      text: '10.0.4.0/26',
    });
    expect(subnetForFreeBlock(free, { type: 'length', prefixLength: 21 })).toMatchObject({
      ok: false,
      reason: 'too-small',
    });
  });
  it("sizes a Power Platform subnet for its environments with the domain's sizing", () => {
    // 4 production environments: 4 × 30 + 5 = 125 addresses, a /25 (Microsoft's example)
    expect(subnetForFreeBlock(free, { type: 'environments', production: 4, nonProduction: 0 })).toMatchObject(
      {
        ok: true,
        text: '10.0.4.0/25',
      },
    );
    // 20 non-production: 205 addresses, a /24
    expect(
      subnetForFreeBlock(free, { type: 'environments', production: 0, nonProduction: 20 }),
    ).toMatchObject({
      ok: true,
      text: '10.0.4.0/24',
    });
    // 40 production need 1,205 addresses: more than the /22 holds
    expect(
      subnetForFreeBlock(free, { type: 'environments', production: 40, nonProduction: 0 }),
    ).toMatchObject({
      ok: false,
      reason: 'too-small',
    });
  });
  it("refuses a block smaller than Azure's smallest subnet", () => {
    expect(subnetForFreeBlock(cidr('10.0.0.8/30'))).toMatchObject({ ok: false, reason: 'too-small' });
    expect(subnetForFreeBlock(cidr('10.0.0.8/29'))).toMatchObject({ ok: true, text: '10.0.0.8/29' });
  });
});

describe('buildAddressPlan (properties)', () => {
  // A VNet prefix between /16 and /24 and up to 12 subnets anywhere near it (some outside, some overlapping).
  const scenario = fc.record({
    base: fc.integer({ min: 0, max: 2 ** 16 - 1 }).map((n) => 0x0a000000 + n * 256),
    length: fc.integer({ min: 16, max: 24 }),
    subnets: fc.array(
      fc.record({ offset: fc.integer({ min: 0, max: 2 ** 17 }), length: fc.integer({ min: 16, max: 30 }) }),
      { maxLength: 12 },
    ),
    splits: fc.array(
      fc.record({ offset: fc.integer({ min: 0, max: 2 ** 16 }), length: fc.integer({ min: 16, max: 31 }) }),
      {
        maxLength: 6,
      },
    ),
  });

  it('tiles each prefix exactly with subnets and aligned free blocks, without overlap', () => {
    fc.assert(
      fc.property(scenario, ({ base, length, subnets, splits }) => {
        const space = cidrFromNumber(base, length);
        const vnet = createVnet({ id: 'v', addressPrefixes: [formatCidr(space)] });
        const list = subnets.map((s, i) =>
          createSubnet({
            id: `s${i}`,
            vnetId: 'v',
            name: `s${i}`,
            prefix: formatCidr(cidrFromNumber(space.start + s.offset * 8, s.length)),
          }),
        );
        const splitTexts = splits.map((s) =>
          formatCidr(cidrFromNumber(space.start + s.offset * 8, s.length)),
        );
        const plan = buildAddressPlan(vnet, list, splitTexts);
        const blocks = plan.bars[0]?.blocks ?? [];
        // exact tiling: starts at the prefix, each block starts where the last ended, ends at its end
        let next = space.start;
        for (const b of blocks) {
          expect(b.cidr.start).toBe(next);
          next = cidrEnd(b.cidr) + 1;
          if (b.kind === 'free') expect(b.cidr.start % cidrSize(b.cidr)).toBe(0);
        }
        expect(next).toBe(cidrEnd(space) + 1);
        // every subnet is either drawn exactly once or reported
        const drawn = blocks
          .filter((b) => b.kind === 'subnet')
          .map((b) => (b.kind === 'subnet' ? b.subnetId : ''));
        const reported = plan.conflicts.map((c) => c.subnetId);
        expect([...drawn, ...reported].sort()).toEqual(list.map((s) => s.id).sort());
        expect(new Set(drawn).size).toBe(drawn.length);
      }),
      { numRuns: 300 },
    );
  });
});
