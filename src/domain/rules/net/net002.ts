import { LARGEST_SUBNET_PREFIX, SMALLEST_SUBNET_PREFIX } from '../../catalog/limits';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Rule } from '../types';

/** NET002: Azure subnets are /29 at the smallest and /2 at the largest. */
export const net002: Rule = {
  id: 'NET002',
  severity: 'error',
  title: 'Subnet size out of range',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    return design.subnets.flatMap((subnet) => {
      const c = parsed.subnet.get(subnet.id);
      if (!c) return [];
      const p = c.prefixLength;
      if (p >= LARGEST_SUBNET_PREFIX && p <= SMALLEST_SUBNET_PREFIX) return [];
      const fix =
        p > SMALLEST_SUBNET_PREFIX
          ? `use /${SMALLEST_SUBNET_PREFIX} or larger`
          : `use /${LARGEST_SUBNET_PREFIX} or smaller`;
      return [
        finding(
          net002,
          `Subnet ${subnetLabel(subnet, index)} is /${p}, outside Azure's /${LARGEST_SUBNET_PREFIX}–/${SMALLEST_SUBNET_PREFIX} range: ${fix}.`,
          [subnet.id],
        ),
      ];
    });
  },
};
