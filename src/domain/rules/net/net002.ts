import { LARGEST_SUBNET_PREFIX, SMALLEST_SUBNET_PREFIX } from '../../catalog/limits';
import type { Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** NET002: Azure subnets are /29 at the smallest and /2 at the largest. */
export const net002: Rule = {
  id: 'NET002',
  severity: 'error',
  title: 'Subnet size out of range',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const { subnetAt } = parsedPrefixes(design);
    const out: Finding[] = [];
    for (let i = 0; i < subnetAt.length; i++) {
      const p = subnetAt[i]?.prefixLength;
      if (p === undefined || (p >= LARGEST_SUBNET_PREFIX && p <= SMALLEST_SUBNET_PREFIX)) continue;
      const subnet = design.subnets[i] as Subnet;
      const fix =
        p > SMALLEST_SUBNET_PREFIX
          ? `use /${SMALLEST_SUBNET_PREFIX} or larger`
          : `use /${LARGEST_SUBNET_PREFIX} or smaller`;
      out.push(
        finding(
          net002,
          `Subnet ${subnetLabel(subnet, index)} is /${p}, outside Azure's /${LARGEST_SUBNET_PREFIX}–/${SMALLEST_SUBNET_PREFIX} range: ${fix}.`,
          [subnet.id],
        ),
      );
    }
    return out;
  },
};
