import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import type { Rule } from '../types';

/** ENV006: early-release environments can't share a policy with other environments. */
export const env006: Rule = {
  id: 'ENV006',
  severity: 'warning',
  title: 'Early-release environment shares a policy',
  docs: DOCS.overview,
  check(design, index) {
    return design.policies.flatMap((policy) => {
      if (index.policies.get(policy.id) !== policy) return [];
      const envs = index.environmentsByPolicy.get(policy.id) ?? [];
      const early = envs.filter((e) => e.earlyRelease);
      const regular = envs.filter((e) => !e.earlyRelease);
      if (early.length === 0 || regular.length === 0) return [];
      return early.map((env) =>
        finding(
          env006,
          `Early-release environment ${nameOf(env)} shares policy ${nameOf(policy)} with ${listNames(regular.map(nameOf))}: give it a policy of its own.`,
          [env.id, policy.id, ...regular.map((e) => e.id)],
        ),
      );
    });
  },
};
