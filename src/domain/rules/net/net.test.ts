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

  it('finds every overlap among many subnets, including equal and nested prefixes', () => {
    const design = variant((d) => {
      d.subnets.push(
        createSubnet({ id: 'a', vnetId: 'vnet-w', name: 'a', prefix: '10.2.1.0/24' }),
        createSubnet({ id: 'b', vnetId: 'vnet-w', name: 'b', prefix: '10.2.1.0/24' }),
        createSubnet({ id: 'c', vnetId: 'vnet-w', name: 'c', prefix: '10.2.1.64/26' }),
        createSubnet({ id: 'd', vnetId: 'vnet-w', name: 'd', prefix: '10.2.2.0/24' }),
      );
    });
    const pairs = validateDesign(design)
      .filter((f) => f.ruleId === 'NET004')
      .map((f) => f.objectIds.slice(0, 2).sort().join('+'))
      .sort();
    expect(pairs).toEqual(['a+b', 'a+c', 'b+c']);
  });

  it('finds exactly the overlapping pairs a pairwise comparison finds, for any prefix lengths', () => {
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
          .map((f) => f.objectIds.slice(0, 2).sort().join('+'))
          .sort();
        const expected: string[] = [];
        for (let i = 0; i < prefixes.length; i++)
          for (let j = i + 1; j < prefixes.length; j++) {
            const a = tryParseCidr(prefixes[i] as string);
            const b = tryParseCidr(prefixes[j] as string);
            if (a && b && cidrOverlaps(a, b)) expected.push([`s${i}`, `s${j}`].sort().join('+'));
          }
        expect(found).toEqual(expected.sort());
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
