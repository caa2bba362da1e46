import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrFromNumber, cidrOverlaps, formatCidr, tryParseCidr } from '../../ip/cidr';
import { createSubnet } from '../../model/factories';
import { checkFixtures } from '../../testing/check-fixtures';
import { variant } from '../../testing/rule-fixture';
import { validateDesign } from '../validate';
import { netFixtures } from './net.fixtures';
import { nameProblem } from './net009';

describe('address and VNet rules', () => {
  checkFixtures(netFixtures);

  it('reports an invalid prefix once (NET001) and lets no other rule trip over it', () => {
    const design = variant((d) => {
      d.subnets[0]!.prefix = '10.1.0.0/';
      d.subnets[1]!.prefix = 'hello';
      d.vnets[0]!.addressPrefixes = ['10.1.0.0/33'];
      d.subnets.push(createSubnet({ id: 'x', vnetId: 'vnet-e', prefix: '10.1.0.0/24' }));
    });
    const findings = validateDesign(design);
    expect(findings.map((f) => f.ruleId)).toEqual(['NET001', 'NET001', 'NET001']);
  });

  it('reports a cluster of equal and nested subnets as one finding naming how many', () => {
    const design = variant((d) => {
      d.subnets.push(
        createSubnet({ id: 'a', vnetId: 'vnet-w', name: 'a', prefix: '10.2.1.0/24' }),
        createSubnet({ id: 'b', vnetId: 'vnet-w', name: 'b', prefix: '10.2.1.0/24' }),
        createSubnet({ id: 'c', vnetId: 'vnet-w', name: 'c', prefix: '10.2.1.64/26' }),
        createSubnet({ id: 'd', vnetId: 'vnet-w', name: 'd', prefix: '10.2.2.0/24' }),
      );
    });
    const overlaps = validateDesign(design).filter((f) => f.ruleId === 'NET004');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.objectIds).toEqual(['b', 'c', 'a', 'vnet-w']);
    expect(overlaps[0]?.message).toBe(
      '3 subnets in vnet-pp-wus overlap within 10.2.1.0/24: a (10.2.1.0/24), b (10.2.1.0/24) and c (10.2.1.64/26). Give each of them a range of its own.',
    );
  });

  it('reports 5,000 subnets on one prefix as one finding, naming three and counting the rest', () => {
    const design = variant((d) => {
      d.vnets[0]!.addressPrefixes = ['10.0.0.0/8'];
      d.subnets = Array.from({ length: 5000 }, (_, i) =>
        createSubnet({ id: `s${i}`, vnetId: 'vnet-e', name: `s${i}`, prefix: '10.0.0.0/24' }),
      );
      d.policies = [];
    });
    const overlaps = validateDesign(design).filter((f) => f.ruleId === 'NET004');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.message).toMatch(
      /^5000 subnets in .* overlap within 10\.0\.0\.0\/24: s0 .*, s1 .*, s2 .* and 4997 more\./,
    );
    expect(overlaps[0]?.objectIds).toHaveLength(5001);
  });

  it('groups subnets exactly as the connected overlaps a pairwise comparison finds, for any prefix lengths', () => {
    const blocks = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 16, max: 32 }))
        .map(([n, p]) => formatCidr(cidrFromNumber(0x0a010000 + n, p))),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(blocks, (prefixes) => {
        const design = variant((d) => {
          d.subnets = prefixes.map((prefix, i) =>
            createSubnet({ id: `s${i}`, vnetId: 'vnet-e', name: `s${i}`, prefix }),
          );
          d.policies = [];
        });
        const found = validateDesign(design)
          .filter((f) => f.ruleId === 'NET004')
          .map((f) =>
            f.objectIds
              .filter((id) => id !== 'vnet-e')
              .sort()
              .join('+'),
          )
          .sort();
        // Connected components of the pairwise overlap graph, by union-find.
        const parent = prefixes.map((_, i) => i);
        const root = (i: number): number => (parent[i] === i ? i : root(parent[i] as number));
        for (let i = 0; i < prefixes.length; i++)
          for (let j = i + 1; j < prefixes.length; j++) {
            const a = tryParseCidr(prefixes[i] as string);
            const b = tryParseCidr(prefixes[j] as string);
            if (a && b && cidrOverlaps(a, b)) parent[root(j)] = root(i);
          }
        const groups = new Map<number, string[]>();
        prefixes.forEach((_, i) => {
          const r = root(i);
          groups.set(r, [...(groups.get(r) ?? []), `s${i}`]);
        });
        const expected = [...groups.values()]
          .filter((g) => g.length > 1)
          .map((g) => g.sort().join('+'))
          .sort();
        expect(found).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the one overlap among 5,000 subnets of one VNet listed in descending order', () => {
    const design = variant((d) => {
      d.vnets[0]!.addressPrefixes = ['10.0.0.0/8'];
      d.subnets = Array.from({ length: 5000 }, (_, i) =>
        createSubnet({
          id: `s${i}`,
          vnetId: 'vnet-e',
          name: `s${i}`,
          // Reverse order, so the linear pre-check fails and the sweep runs; one duplicate at the end.
          prefix: formatCidr(cidrFromNumber(0x0a000000 + (4999 - Math.min(i, 4998)) * 256, 24)),
        }),
      );
      d.policies = [];
    });
    const overlaps = validateDesign(design).filter((f) => f.ruleId === 'NET004');
    expect(overlaps.map((f) => f.objectIds)).toEqual([['s4999', 's4998', 'vnet-e']]);
  });

  it('names Azure naming problems', () => {
    expect(nameProblem('', 1, 80)).toBe('is empty');
    expect(nameProblem('a', 1, 80)).toBeUndefined();
    expect(nameProblem('_a', 1, 80)).toBe('must start with a letter or digit');
    expect(nameProblem('a b', 1, 80)).toContain('may only use');
    expect(nameProblem('a'.repeat(65), 2, 64)).toBe('is longer than 64 characters');
    expect(nameProblem('a.', 1, 80)).toBe('must end with a letter, digit or "_"');
  });
});
