import { evaluateReach } from '../../reach/evaluate-reach';
import { privateDnsGap } from '../../reach/resolve-private-dns';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import type { Rule } from '../types';
import { reachObjectIds, resourceNeededBy } from './reach-message';

/** REACH004: a reachable private endpoint whose name the delegated VNet can't resolve. */
export const reach004: Rule = {
  id: 'REACH004',
  severity: 'warning',
  title: 'Private endpoint name not resolvable',
  docs: DOCS.privateDnsZone,
  check(design) {
    return evaluateReach(design).flatMap((check) =>
      check.ends.flatMap((end) => {
        if (!end.result.reachable) return [];
        const gap = privateDnsGap(design, end.subnet, check.resource);
        if (!gap) return [];
        return [
          finding(reach004, `${resourceNeededBy(check)} has a private endpoint but ${gap.fix}.`, [
            check.resource.id,
            ...gap.objectIds,
            ...reachObjectIds(check).slice(1),
          ]),
        ];
      }),
    );
  },
};
