import { tryParseCidr } from '../../ip/cidr';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { subnetLabel } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/** POL008: both subnets of a policy must have the same number of addresses. */
export const pol008: Rule = {
  id: 'POL008',
  severity: 'error',
  title: 'Delegated subnets of different sizes',
  docs: DOCS.setup,
  check(design, index) {
    return [...policyContexts(design).values()].flatMap(({ policy, targets }) => {
      const [a, b] = targets;
      if (!a || !b) return [];
      const ca = tryParseCidr(a.subnet.prefix);
      const cb = tryParseCidr(b.subnet.prefix);
      if (!ca || !cb || ca.prefixLength === cb.prefixLength) return [];
      // The smaller subnet is the one to grow: it is named first.
      const [small, big, cs, cbig] = ca.prefixLength > cb.prefixLength ? [a, b, ca, cb] : [b, a, cb, ca];
      return [
        finding(
          pol008,
          `Subnet ${subnetLabel(small.subnet, index)} is /${cs.prefixLength} but its twin ${subnetLabel(big.subnet, index)} is /${cbig.prefixLength}: make both the same size.`,
          [small.subnet.id, big.subnet.id, policy.id],
        ),
      ];
    });
  },
};
