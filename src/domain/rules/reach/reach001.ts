import { evaluateReach } from '../../reach/evaluate-reach';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import type { Rule } from '../types';
import { joinFixes, reachObjectIds, resourceNeededBy } from './reach-message';

/** REACH001: a needed resource is reachable from none of the policy's delegated VNets (and no hub is close). */
export const reach001: Rule = {
  id: 'REACH001',
  severity: 'error',
  title: 'Resource unreachable',
  docs: DOCS.peering,
  check(design) {
    return evaluateReach(design).flatMap((check) => {
      const results = check.ends.map((e) => e.result);
      if (results.some((r) => r.reachable || r.kind === 'transit')) return [];
      const fixes = results.flatMap((r) => (r.reachable ? [] : [r.fix]));
      return [
        finding(
          reach001,
          `${resourceNeededBy(check)} is reachable from none of policy ${nameOf(check.policy)}'s delegated VNets (${listNames(check.ends.map((e) => nameOf(e.vnet)))}): ${joinFixes(fixes)}.`,
          reachObjectIds(
            check,
            results.flatMap((r) => r.objectIds),
          ),
        ),
      ];
    });
  },
};
