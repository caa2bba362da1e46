import { evaluateReach } from '../../reach/evaluate-reach';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Rule } from '../types';
import { reachObjectIds, resourceNeededBy } from './reach-message';

/** REACH002: reachable from one delegated VNet only: lost after a regional failover. */
export const reach002: Rule = {
  id: 'REACH002',
  severity: 'warning',
  title: 'Resource unreachable after failover',
  docs: DOCS.overview,
  check(design) {
    return evaluateReach(design).flatMap((check) => {
      if (check.ends.length < 2) return [];
      const ok = check.ends.filter((e) => e.result.reachable);
      const lost = check.ends.filter((e) => !e.result.reachable);
      const [good] = ok;
      if (!good || lost.length === 0) return [];
      const fixes = lost.flatMap((e) => (e.result.reachable ? [] : [e.result.fix]));
      return [
        finding(
          reach002,
          `${resourceNeededBy(check)} is reachable from ${nameOf(good.vnet)} but not from ${lost.map((e) => nameOf(e.vnet)).join(', ')}, so it is lost after failover: ${fixes.join('; ')}.`,
          reachObjectIds(
            check,
            lost.flatMap((e) => e.result.objectIds),
          ),
        ),
      ];
    });
  },
};
