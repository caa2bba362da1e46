import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/** NAT004: both delegated subnets of a policy need a NAT gateway, or internet calls break on failover. */
export const nat004: Rule = {
  id: 'NAT004',
  severity: 'warning',
  title: 'NAT gateway on one delegated subnet only',
  docs: DOCS.overview,
  check(design, index) {
    return [...policyContexts(design).values()].flatMap(({ policy, targets }) => {
      if (targets.length !== 2) return [];
      const hasNat = (t: (typeof targets)[number]) =>
        t.subnet.natGatewayId !== undefined && index.natGateways.has(t.subnet.natGatewayId);
      const withNat = targets.filter(hasNat);
      const without = targets.filter((t) => !hasNat(t));
      const [w] = withNat;
      const [wo] = without;
      if (!w || !wo) return [];
      return [
        finding(
          nat004,
          `Subnet ${subnetLabel(w.subnet, index)} has a NAT gateway but its twin ${subnetLabel(wo.subnet, index)} has none: add one in ${nameOf(wo.vnet)} so internet calls keep working after failover (policy ${nameOf(policy)}).`,
          [wo.subnet.id, policy.id, w.subnet.id],
        ),
      ];
    });
  },
};
