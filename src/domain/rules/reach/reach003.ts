import { evaluateReach } from '../../reach/evaluate-reach';
import type { ReachResult } from '../../reach/reach-from';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames } from '../shared/names';
import type { Rule } from '../types';
import { reachObjectIds, resourceNeededBy } from './reach-message';

/**
 * "vnet-a and vnet-b reach vnet-data only through vnet-hub, and peering is not transitive: peer them
 * with vnet-data, or …" when every region goes through the same hub; one clause per region otherwise.
 */
function transitMessage(results: readonly ReachResult[]): string {
  const paths = results.flatMap((r) => (!r.reachable && r.transit ? [r.transit] : []));
  const [first] = paths;
  const sameHub =
    first && paths.length === results.length && paths.every((p) => p.hub === first.hub && p.to === first.to);
  if (!first || !sameHub)
    return [...new Set(results.flatMap((r) => (r.reachable ? [] : [r.fix])))].join('; ');
  const froms = paths.map((p) => p.from);
  const gaps = [...new Set(paths.flatMap((p) => p.gaps))];
  const them = froms.length === 1 ? froms[0] : 'them';
  return `${listNames(froms)} ${froms.length === 1 ? 'reaches' : 'reach'} ${first.to} only through ${first.hub}, and peering is not transitive: peer ${them} with ${first.to}, or ${gaps.join(', ')}`;
}

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
      return [
        finding(
          reach003,
          `${resourceNeededBy(check)} is unreachable: ${transitMessage(results)}.`,
          reachObjectIds(
            check,
            results.flatMap((r) => r.objectIds),
          ),
        ),
      ];
    });
  },
};
