import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  azureUsable,
  type Cidr,
  cidrContains,
  cidrEnd,
  cidrFromNumber,
  cidrOverlaps,
  cidrSize,
  firstUsable,
  formatCidr,
  freeAddressCount,
  freeRanges,
  lastUsable,
  nextFreeSubnet,
  parseCidr,
  smallestPrefixFor,
} from './cidr';
import { findEarlierOverlaps, findOverlaps } from './overlaps';

function cidr(text: string): Cidr {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(r.message);
  return r.cidr;
}

/** A naive reference: blocks as explicit [start, end] over BigInt-free numbers. */
const naive = {
  range: (c: Cidr) => [c.start, c.start + 2 ** (32 - c.prefixLength) - 1] as const,
  overlaps(a: Cidr, b: Cidr) {
    const [as, ae] = naive.range(a);
    const [bs, be] = naive.range(b);
    return !(ae < bs || be < as);
  },
};

const arbCidr = (minLen = 0, maxLen = 32) =>
  fc
    .tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: minLen, max: maxLen }))
    .map(([ip, len]) => cidrFromNumber(ip, len));

describe('parseCidr', () => {
  it('accepts and normalises network addresses', () => {
    expect(formatCidr(cidr(' 10.0.0.0/24 '))).toBe('10.0.0.0/24');
    expect(formatCidr(cidr('0.0.0.0/0'))).toBe('0.0.0.0/0');
    expect(formatCidr(cidr('255.255.255.255/32'))).toBe('255.255.255.255/32');
  });

  it('names the network address when host bits are set', () => {
    const r = parseCidr('10.0.0.5/24');
    expect(r).toMatchObject({ ok: false, code: 'host-bits', suggestion: '10.0.0.0/24' });
    expect(r.ok ? '' : r.message).toContain('10.0.0.0/24');
  });

  it.each([
    ['', 'empty'],
    ['10.0.0/24', 'syntax'],
    ['10.0.0.0', 'syntax'],
    ['10.0.0.256/24', 'syntax'],
    ['010.0.0.0/8', 'syntax'],
    ['10.0.0.0/33', 'prefix-length'],
    ['10.0.0.0/-1', 'prefix-length'],
    ['10.0.0.0/2a', 'prefix-length'],
    ['fd00::/64', 'ipv6'],
    ['hello', 'syntax'],
  ])('rejects %j as %s', (text, code) => {
    expect(parseCidr(text)).toMatchObject({ ok: false, code });
  });

  it('round-trips every normalised block', () => {
    fc.assert(fc.property(arbCidr(), (c) => formatCidr(cidr(formatCidr(c))) === formatCidr(c)));
  });
});

describe('sizes and usable addresses (Azure reserves 5)', () => {
  it('matches the documented examples', () => {
    expect(azureUsable(cidr('10.0.0.0/29'))).toBe(3);
    expect(azureUsable(cidr('10.0.0.0/24'))).toBe(251);
    expect(firstUsable(cidr('10.0.0.0/24'))).toBe('10.0.0.4');
    expect(lastUsable(cidr('10.0.0.0/24'))).toBe('10.0.0.254');
    expect(firstUsable(cidr('10.0.0.0/30'))).toBeUndefined();
  });

  it('computes the smallest prefix for a demand (Microsoft’s worked examples)', () => {
    expect(smallestPrefixFor(125)).toBe(25);
    expect(smallestPrefixFor(205)).toBe(24);
    expect(smallestPrefixFor(256)).toBe(24);
    expect(smallestPrefixFor(257)).toBe(23);
    expect(smallestPrefixFor(1)).toBe(32);
  });

  it('size matches the naive range for every prefix', () => {
    fc.assert(
      fc.property(arbCidr(), (c) => {
        const [s, e] = naive.range(c);
        return cidrSize(c) === e - s + 1 && cidrEnd(c) === e && azureUsable(c) === Math.max(0, e - s + 1 - 5);
      }),
    );
  });
});

describe('contains and overlaps', () => {
  it('agree with the naive reference on random blocks', () => {
    fc.assert(
      fc.property(arbCidr(), arbCidr(), (a, b) => {
        const [as, ae] = naive.range(a);
        const [bs, be] = naive.range(b);
        return cidrOverlaps(a, b) === naive.overlaps(a, b) && cidrContains(a, b) === (bs >= as && be <= ae);
      }),
      { numRuns: 2000 },
    );
  });

  it('findOverlaps returns exactly the overlapping pairs', () => {
    fc.assert(
      fc.property(fc.array(arbCidr(4, 30), { maxLength: 40 }), (blocks) => {
        const items = blocks.map((c, i) => ({ key: i, cidr: c }));
        const got = new Set(
          findOverlaps(items).map(([x, y]) => [x.key, y.key].sort((p, q) => p - q).join('-')),
        );
        const want = new Set<string>();
        for (let i = 0; i < blocks.length; i++)
          for (let j = i + 1; j < blocks.length; j++)
            if (naive.overlaps(blocks[i] as Cidr, blocks[j] as Cidr)) want.add(`${i}-${j}`);
        expect([...got].sort()).toEqual([...want].sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe('free ranges and allocation', () => {
  it('lists the free blocks of a VNet', () => {
    const free = freeRanges([cidr('10.0.0.0/16')], [cidr('10.0.0.0/24'), cidr('10.0.2.0/24')]);
    expect(free.map(formatCidr)).toEqual([
      '10.0.1.0/24',
      '10.0.3.0/24',
      '10.0.4.0/22',
      '10.0.8.0/21',
      '10.0.16.0/20',
      '10.0.32.0/19',
      '10.0.64.0/18',
      '10.0.128.0/17',
    ]);
  });

  it('allocates the next free aligned block', () => {
    const space = [cidr('10.0.0.0/16')];
    const used = [cidr('10.0.0.0/24'), cidr('10.0.1.0/26')];
    expect(formatCidr(nextFreeSubnet(space, used, 24) as Cidr)).toBe('10.0.2.0/24');
    expect(formatCidr(nextFreeSubnet(space, used, 26) as Cidr)).toBe('10.0.1.64/26');
    expect(nextFreeSubnet([cidr('10.0.0.0/24')], [cidr('10.0.0.0/24')], 29)).toBeUndefined();
  });

  it('free + used addresses add up to the space, and free blocks never overlap used ones', () => {
    fc.assert(
      fc.property(
        arbCidr(8, 20),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 8 })), { maxLength: 12 }),
        (space, picks) => {
          const used = picks.map(([offset, extra]) =>
            cidrFromNumber(
              space.start + (offset % cidrSize(space)),
              Math.min(32, space.prefixLength + extra),
            ),
          );
          const free = freeRanges([space], used);
          for (const f of free) {
            expect(cidrContains(space, f)).toBe(true);
            for (const u of used) expect(cidrOverlaps(f, u)).toBe(false);
          }
          // Naive count of covered addresses via merged intervals.
          const iv = used.map((u) => naive.range(u)).sort((a, b) => a[0] - b[0]);
          let covered = 0;
          let curS = -1;
          let curE = -2;
          for (const [s, e] of iv) {
            if (s > curE + 1) {
              if (curE >= curS && curS >= 0) covered += curE - curS + 1;
              curS = s;
              curE = e;
            } else curE = Math.max(curE, e);
          }
          if (curS >= 0) covered += curE - curS + 1;
          expect(freeAddressCount([space], used)).toBe(cidrSize(space) - covered);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('next free block is inside the space, aligned and overlaps nothing', () => {
    fc.assert(
      fc.property(
        arbCidr(8, 24),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 24, max: 29 }),
        (space, offs, len) => {
          const used = offs.map((o) =>
            cidrFromNumber(space.start + (o % cidrSize(space)), Math.max(space.prefixLength, 26)),
          );
          const next = nextFreeSubnet([space], used, len);
          if (!next) {
            expect(freeRanges([space], used).every((f) => f.prefixLength > len)).toBe(true);
            return;
          }
          expect(next.prefixLength).toBe(len);
          expect(next.start % cidrSize(next)).toBe(0);
          expect(cidrContains(space, next)).toBe(true);
          for (const u of used) expect(cidrOverlaps(next, u)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('findEarlierOverlaps', () => {
  it('finds, for every block, the lowest-ranked overlapping block of another group, as a naive scan does', () => {
    const arbItem = fc.record({
      cidr: arbCidr(8, 12),
      group: fc.integer({ min: 0, max: 5 }),
      rank: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 40 }), (raw) => {
        const items = raw.map((r, i) => ({ key: { ...r, i }, cidr: r.cidr }));
        const got = findEarlierOverlaps(
          items,
          (k) => String(k.group),
          (k) => k.rank,
        );
        // naive: a block is reported when an overlapping block of another group ranks lower
        const expected = new Set<number>();
        for (const a of items)
          for (const b of items)
            if (a.key.group !== b.key.group && b.key.rank < a.key.rank && cidrOverlaps(a.cidr, b.cidr))
              expected.add(a.key.i);
        const laterOnes = got.map(([, later]) => later.key.i);
        expect(new Set(laterOnes)).toEqual(expected);
        for (const [earlier, later] of got) {
          expect(earlier.key.group).not.toBe(later.key.group);
          expect(earlier.key.rank).toBeLessThan(later.key.rank);
          expect(cidrOverlaps(earlier.cidr, later.cidr)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
