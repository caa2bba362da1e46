import { tryParseCidr } from '../../ip/cidr';
import { computeDemand } from '../../usage/compute-demand';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Rule } from '../types';
import { demandSummary } from './demand-summary';

/** SUB002: the estimated demand of the linked environments exceeds the subnet. */
export const sub002: Rule = {
  id: 'SUB002',
  severity: 'error',
  title: 'Delegated subnet too small for its environments',
  docs: DOCS.sizing,
  check(design, index) {
    const demand = computeDemand(design);
    const parsed = parsedPrefixes(design);
    return parsed.powerPlatformSubnets.flatMap((subnet) => {
      const d = demand.get(subnet.id);
      const cidr = tryParseCidr(subnet.prefix);
      if (!cidr || !d || d.environments.length === 0 || d.fits) return [];
      const fix =
        d.smallestPrefix === undefined
          ? 'split the environments across policies'
          : `make it at least /${d.smallestPrefix}`;
      return [
        finding(
          sub002,
          `Subnet ${subnetLabel(subnet, index)} is /${cidr.prefixLength} (${2 ** (32 - cidr.prefixLength)} addresses) but ${demandSummary(d)} need about ${d.estimated}: ${fix}.`,
          [subnet.id, ...d.policyIds, ...d.environments.map((e) => e.id)],
        ),
      ];
    });
  },
};
