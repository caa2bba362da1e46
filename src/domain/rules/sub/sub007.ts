import { DELEGATION_VNET_ACCESS_LINKS } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf, subnetLabel } from '../shared/names';
import type { Rule } from '../types';

/** SUB007: the VNet data gateway's delegation is not the one NetworkInjection policies need. */
export const sub007: Rule = {
  id: 'SUB007',
  severity: 'warning',
  title: 'Policy uses a VNet data gateway subnet',
  docs: DOCS.overview,
  check(_design, index) {
    return [...index.policiesBySubnet].flatMap(([subnetId, policies]) => {
      const subnet = index.subnets.get(subnetId);
      if (!subnet?.delegations.includes(DELEGATION_VNET_ACCESS_LINKS)) return [];
      return [
        finding(
          sub007,
          `Subnet ${subnetLabel(subnet, index)} is delegated to ${DELEGATION_VNET_ACCESS_LINKS} (the VNet data gateway) but policy ${listNames(policies.map(nameOf))} references it: use a subnet delegated to Microsoft.PowerPlatform/enterprisePolicies.`,
          [subnet.id, ...policies.map((p) => p.id)],
        ),
      ];
    });
  },
};
