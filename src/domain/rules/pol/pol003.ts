import { isPaired } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/**
 * POL003: a single-region geography uses one subnet. Microsoft's module (`New-SubnetInjectionEnterprisePolicy`)
 * keeps only the first on the client side; what the service does with a second is not documented.
 */
export const pol003: Rule = {
  id: 'POL003',
  severity: 'warning',
  title: 'Extra subnet ignored in a single-region geography',
  docs: DOCS.regions,
  check(design, index) {
    return [...policyContexts(design).values()].flatMap(({ policy, geography, subnetIds }) => {
      if (!geography || isPaired(geography) || subnetIds.length < 2) return [];
      const extra = subnetIds.slice(1);
      const names = extra.map((id) => {
        const s = index.subnets.get(id);
        return s ? nameOf(s) : id;
      });
      return [
        finding(
          pol003,
          `Policy ${nameOf(policy)} in ${geography.label} (a single-region geography) also references ${names.join(', ')}: Microsoft's module drops every subnet after the first when it builds the policy, and the service's handling of a second subnet is not documented; remove it.`,
          [policy.id, ...extra],
        ),
      ];
    });
  },
};
