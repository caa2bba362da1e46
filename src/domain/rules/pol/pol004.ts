import { allowedRegions, outdatedRegions, regionLabel } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/** POL004: every referenced VNet must be in a region allowed for the policy's location. */
export const pol004: Rule = {
  id: 'POL004',
  severity: 'error',
  title: 'VNet region not allowed for the policy location',
  docs: DOCS.regions,
  check(design) {
    return [...policyContexts(design).values()].flatMap(({ policy, geography, targets }) => {
      if (!geography) return [];
      const allowed = allowedRegions(geography);
      return targets.flatMap(({ subnet, vnet }) => {
        if (allowed.includes(vnet.region)) return [];
        const outdated = outdatedRegions[geography.policyLocation]?.includes(vnet.region)
          ? ` (older guides list ${regionLabel(vnet.region)} for ${geography.label}; that guidance changed)`
          : '';
        return [
          finding(
            pol004,
            `VNet ${nameOf(vnet)} of policy ${nameOf(policy)} is in ${regionLabel(vnet.region) || 'no region'}, not allowed for ${geography.label}${outdated}: move it to ${allowed.map(regionLabel).join(', ')}.`,
            [vnet.id, policy.id, subnet.id],
          ),
        ];
      });
    });
  },
};
