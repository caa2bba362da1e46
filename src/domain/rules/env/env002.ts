import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { linkedPolicies } from '../shared/policy-context';
import type { Rule } from '../types';

/** ENV002: linking fails for environments that are not Managed Environments. */
export const env002: Rule = {
  id: 'ENV002',
  severity: 'error',
  title: 'Environment is not a Managed Environment',
  docs: DOCS.setup,
  check(design, index) {
    return design.environments.flatMap((env) => {
      const policies = linkedPolicies(env.policyIds, index);
      const first = policies[0];
      if (env.managed || !first) return [];
      return [
        finding(
          env002,
          `Environment ${nameOf(env)} is not a Managed Environment: turn on Managed Environments before linking it to ${nameOf(first)}.`,
          [env.id, ...policies.map((p) => p.id)],
        ),
      ];
    });
  },
};
