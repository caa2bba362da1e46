import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import { linkedPolicies } from '../shared/policy-context';
import type { Rule } from '../types';

/** ENV005: an environment links to one NetworkInjection policy at a time. */
export const env005: Rule = {
  id: 'ENV005',
  severity: 'error',
  title: 'Environment linked to more than one policy',
  docs: DOCS.overview,
  check(design, index) {
    return design.environments.flatMap((env) => {
      const policies = linkedPolicies(env.policyIds, index);
      if (policies.length < 2) return [];
      return [
        finding(
          env005,
          `Environment ${nameOf(env)} is linked to ${policies.length} policies (${listNames(policies.map(nameOf))}): keep one link and remove the others.`,
          [env.id, ...policies.map((p) => p.id)],
        ),
      ];
    });
  },
};
