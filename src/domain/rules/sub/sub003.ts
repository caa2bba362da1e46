import { computeUsage } from '../../usage/compute-usage';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { subnetLabel } from '../shared/names';
import type { Rule } from '../types';
import { demandSummary } from './demand-summary';

/** SUB003: the estimate fits but takes 90 % or more of the subnet. */
export const sub003: Rule = {
  id: 'SUB003',
  severity: 'warning',
  title: 'Delegated subnet almost full',
  docs: DOCS.sizing,
  check(design, index) {
    const usage = computeUsage(design);
    return design.subnets.flatMap((subnet) => {
      const u = usage.subnets.get(subnet.id);
      const d = u?.demand;
      if (!u || !u.valid || !d || d.environments.length === 0 || !d.fits || !d.nearFull) return [];
      const bigger =
        u.prefixLength !== undefined && u.prefixLength > 2 ? `/${u.prefixLength - 1}` : 'a larger prefix';
      return [
        finding(
          sub003,
          `Subnet ${subnetLabel(subnet, index)} is /${u.prefixLength} (${u.size} addresses) and ${demandSummary(d)} need about ${d.estimated} (${d.percentUsed} %; /${d.smallestPrefix} is the smallest that fits): use ${bigger} to leave room for another environment.`,
          [subnet.id, ...d.policyIds, ...d.environments.map((e) => e.id)],
        ),
      ];
    });
  },
};
