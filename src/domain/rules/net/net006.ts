import { FORBIDDEN_RANGES, PRIVATE_RANGES } from '../../catalog/limits';
import { type Cidr, cidrContains, cidrOverlaps, formatCidr, tryParseCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Rule } from '../types';

const parse = (list: readonly string[]) =>
  list.map((t) => tryParseCidr(t)).filter((c): c is Cidr => c !== undefined);
const privateRanges = parse(PRIVATE_RANGES);
const forbidden = parse(FORBIDDEN_RANGES);

/**
 * NET006: address space outside RFC 1918 and 100.64.0.0/10 "might work but has undesirable side
 * effects". Checked on VNet address prefixes: subnets inside them inherit the finding, and subnets
 * outside them are NET003's.
 */
export const net006: Rule = {
  id: 'NET006',
  severity: 'warning',
  title: 'Public or non-private address space',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    return [...index.vnets.values()].flatMap((vnet) =>
      (parsed.vnet.get(vnet.id) ?? []).flatMap((c) => {
        if (privateRanges.some((p) => cidrContains(p, c))) return [];
        if (forbidden.some((f) => cidrOverlaps(f, c))) return []; // NET005 reports it as an error.
        return [
          finding(
            net006,
            `VNet ${nameOf(vnet)} uses ${formatCidr(c)}, outside the private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10): prefer a private range.`,
            [vnet.id],
          ),
        ];
      }),
    );
  },
};
