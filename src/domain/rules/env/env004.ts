import { findGeography, linkablePolicyLocations, locationsLink } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { linkedPolicies } from '../shared/policy-context';
import type { Rule } from '../types';

/**
 * ENV004: the environment's location must be its policy's location, with the pairs Microsoft's module
 * accepts (`unitedkingdom` → `uk`, `unitedarabemirates` → `uae`, `unitedstates` → `unitedstateseuap`).
 */
export const env004: Rule = {
  id: 'ENV004',
  severity: 'error',
  title: 'Environment geography differs from policy location',
  docs: DOCS.regions,
  check(design, index) {
    return design.environments.flatMap((env) => {
      const envGeo = findGeography(env.geography);
      if (!envGeo) return [];
      return linkedPolicies(env.policyIds, index).flatMap((policy) => {
        const polGeo = findGeography(policy.location);
        if (!polGeo || locationsLink(env.geography, policy.location)) return [];
        const options = linkablePolicyLocations(env.geography);
        return [
          finding(
            env004,
            `Environment ${nameOf(env)} is in ${envGeo.label} (${env.geography.trim()}) but policy ${nameOf(policy)} is for ${polGeo.label} (${policy.location.trim()}): link it to a policy with location ${options.length ? options.join(' or ') : envGeo.policyLocation}.`,
            [env.id, policy.id],
          ),
        ];
      });
    });
  },
};
