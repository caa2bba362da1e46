import { DELEGATION_ENTERPRISE_POLICIES } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/** POL006: every referenced subnet exists, sits in an existing VNet and is delegated to Power Platform. */
export const pol006: Rule = {
  id: 'POL006',
  severity: 'error',
  title: 'Referenced subnet missing or not delegated',
  docs: DOCS.setup,
  check(design, index) {
    return [...policyContexts(design).values()].flatMap(({ policy, subnetIds }) =>
      subnetIds.flatMap((id) => {
        const subnet = index.subnets.get(id);
        if (!subnet)
          return [
            finding(
              pol006,
              `Policy ${nameOf(policy)} references a subnet that is not in the design (${id}): pick an existing delegated subnet.`,
              [policy.id],
            ),
          ];
        if (!index.vnets.has(subnet.vnetId))
          return [
            finding(
              pol006,
              `Subnet ${nameOf(subnet)} of policy ${nameOf(policy)} belongs to no VNet of the design: place it in a VNet.`,
              [subnet.id, policy.id],
            ),
          ];
        if (subnet.delegations.includes(DELEGATION_ENTERPRISE_POLICIES)) return [];
        return [
          finding(
            pol006,
            `Subnet ${subnetLabel(subnet, index)} is used by policy ${nameOf(policy)} but is not delegated to ${DELEGATION_ENTERPRISE_POLICIES}: add the delegation.`,
            [subnet.id, policy.id],
          ),
        ];
      }),
    );
  },
};
