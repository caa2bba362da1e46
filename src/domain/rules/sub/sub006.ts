import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Rule } from '../types';

/** SUB006: a delegated subnet no policy uses. */
export const sub006: Rule = {
  id: 'SUB006',
  severity: 'info',
  title: 'Delegated subnet used by no policy',
  docs: DOCS.setup,
  check(design, index) {
    return parsedPrefixes(design).powerPlatformSubnets.flatMap((subnet) =>
      !index.policiesBySubnet.has(subnet.id)
        ? [
            finding(
              sub006,
              `Subnet ${subnetLabel(subnet, index)} is delegated to Power Platform but no policy references it: reference it from a policy or remove the delegation.`,
              [subnet.id],
            ),
          ]
        : [],
    );
  },
};
