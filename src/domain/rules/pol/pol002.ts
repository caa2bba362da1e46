import { allowedRegions, isPaired, regionLabel } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/** POL002: two delegated subnets in a paired geography, one in a single-region geography. */
export const pol002: Rule = {
  id: 'POL002',
  severity: 'error',
  title: 'Wrong number of delegated subnets',
  docs: DOCS.regions,
  check(design) {
    return [...policyContexts(design).values()].flatMap(({ policy, geography, subnetIds, targets }) => {
      if (!geography) return [];
      const n = subnetIds.length;
      const name = nameOf(policy);
      if (isPaired(geography)) {
        if (n === 2) return [];
        const have = targets[0]?.vnet.region;
        const pair =
          geography.pairs.find((p) => have !== undefined && p.includes(have)) ?? geography.pairs[0] ?? [];
        const missing = pair
          .filter((r) => r !== have)
          .map(regionLabel)
          .join(' or ');
        const message =
          n < 2
            ? `Policy ${name} in ${geography.label} references ${n === 0 ? 'no delegated subnet' : 'one delegated subnet'}: ${geography.label} needs two, add ${n === 0 ? `one in each of ${pair.map(regionLabel).join(' and ')}` : `one in ${missing}`}.`
            : `Policy ${name} in ${geography.label} references ${n} subnets: keep exactly two, one in each region of the pair.`;
        return [finding(pol002, message, [policy.id, ...subnetIds])];
      }
      if (n >= 1) return [];
      return [
        finding(
          pol002,
          `Policy ${name} in ${geography.label} references no delegated subnet: add one in ${allowedRegions(geography).map(regionLabel).join(' or ')}.`,
          [policy.id],
        ),
      ];
    });
  },
};
