import { tryParseCidr } from '../../ip/cidr';
import { computeDemand } from '../../usage/compute-demand';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Rule } from '../types';
import { demandSummary } from './demand-summary';

/** SUB003: the estimate fits but takes 90 % or more of the subnet. */
export const sub003: Rule = {
  id: 'SUB003',
  severity: 'warning',
  title: 'Delegated subnet almost full',
  docs: DOCS.sizing,
  check(design, index) {
    const demand = computeDemand(design);
    const parsed = parsedPrefixes(design);
    return parsed.powerPlatformSubnets.flatMap((subnet) => {
      const d = demand.get(subnet.id);
      const cidr = tryParseCidr(subnet.prefix);
      if (!cidr || !d || d.environments.length === 0 || !d.fits || !d.nearFull) return [];
      const bigger = cidr.prefixLength > 2 ? `/${cidr.prefixLength - 1}` : 'a larger prefix';
      return [
        finding(
          sub003,
          `Subnet ${subnetLabel(subnet, index)} is /${cidr.prefixLength} (${2 ** (32 - cidr.prefixLength)} addresses) and ${demandSummary(d)} need about ${d.estimated} (${d.percentUsed} %; /${d.smallestPrefix} is the smallest that fits): use ${bigger} to leave room for another environment.`,
          [subnet.id, ...d.policyIds, ...d.environments.map((e) => e.id)],
        ),
      ];
    });
  },
};
