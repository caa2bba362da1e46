import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf, subnetLabel } from '../shared/names';
import type { Rule } from '../types';

/** POL007: a subnet serves one enterprise policy only. */
export const pol007: Rule = {
  id: 'POL007',
  severity: 'error',
  title: 'Subnet referenced by more than one policy',
  docs: DOCS.overview,
  check(_design, index) {
    const out = [];
    for (const [subnetId, policies] of index.policiesBySubnet) {
      const subnet = index.subnets.get(subnetId);
      if (!subnet || policies.length < 2) continue;
      out.push(
        finding(
          pol007,
          `Subnet ${subnetLabel(subnet, index)} is referenced by ${policies.length} policies (${listNames(policies.map(nameOf))}): give each policy its own delegated subnet.`,
          [subnet.id, ...policies.map((p) => p.id)],
        ),
      );
    }
    return out;
  },
};
