import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { linkedPolicies } from '../shared/policy-context';
import type { Rule } from '../types';

/** ENV007: an unlinked environment runs its plug-ins and connectors outside any customer network. */
export const env007: Rule = {
  id: 'ENV007',
  severity: 'info',
  title: 'Environment linked to no policy',
  docs: DOCS.overview,
  check(design, index) {
    return design.environments.flatMap((env) =>
      linkedPolicies(env.policyIds, index).length > 0
        ? []
        : [
            finding(
              env007,
              `Environment ${nameOf(env)} is linked to no policy: its plug-ins and connectors run outside your network until you link it.`,
              [env.id],
            ),
          ],
    );
  },
};
