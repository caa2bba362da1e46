import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Rule } from '../types';

/** POL010: a policy with no linked environment does nothing yet. */
export const pol010: Rule = {
  id: 'POL010',
  severity: 'info',
  title: 'Policy has no linked environment',
  docs: DOCS.setup,
  check(_design, index) {
    return [...index.policies.values()].flatMap((policy) =>
      (index.environmentsByPolicy.get(policy.id)?.length ?? 0) > 0
        ? []
        : [
            finding(
              pol010,
              `Policy ${nameOf(policy)} has no linked environment: link the environments that should use it.`,
              [policy.id],
            ),
          ],
    );
  },
};
