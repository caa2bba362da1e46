import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { linkedPolicies } from '../shared/policy-context';
import type { Rule } from '../types';

const UNSUPPORTED: Readonly<Record<string, string>> = { Trial: 'a Trial', Teams: 'a Dataverse for Teams' };

/** ENV001: only Production, Default, Sandbox and Developer environments can use VNet support. */
export const env001: Rule = {
  id: 'ENV001',
  severity: 'error',
  title: 'Environment type not supported',
  docs: DOCS.overview,
  check(design, index) {
    return design.environments.flatMap((env) => {
      const kind = UNSUPPORTED[env.type];
      const policies = linkedPolicies(env.policyIds, index);
      const first = policies[0];
      if (!kind || !first) return [];
      return [
        finding(
          env001,
          `Environment ${nameOf(env)} is ${kind} environment and can't be linked to ${nameOf(first)}: convert it to Production or Sandbox, or unlink it.`,
          [env.id, ...policies.map((p) => p.id)],
        ),
      ];
    });
  },
};
