import { evaluateReach } from '../../reach/evaluate-reach';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import type { Rule } from '../types';
import { reachObjectIds, resourceNeededBy } from './reach-message';

/** REACH003: reachable only through two peerings in a row with no forwarding hub: peering is not transitive. */
export const reach003: Rule = {
  id: 'REACH003',
  severity: 'error',
  title: 'Peering is not transitive',
  docs: DOCS.hubSpoke,
  check(design) {
    return evaluateReach(design).flatMap((check) => {
      const results = check.ends.map((e) => e.result);
      if (results.some((r) => r.reachable) || !results.some((r) => !r.reachable && r.kind === 'transit'))
        return [];
      const fixes = [...new Set(results.flatMap((r) => (r.reachable ? [] : [r.fix])))];
      return [
        finding(
          reach003,
          `${resourceNeededBy(check)} is unreachable: ${fixes.join('; ')}.`,
          reachObjectIds(
            check,
            results.flatMap((r) => r.objectIds),
          ),
        ),
      ];
    });
  },
};
