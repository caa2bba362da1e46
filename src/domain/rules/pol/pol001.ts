import {
  findGeography,
  geographies,
  geographiesOfRegion,
  regionLabel,
  unsupportedGeographies,
} from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import type { Rule } from '../types';

/** Environment-side spellings that a policy must not use (`unitedkingdom` → `uk`). */
const environmentOnlyAliases = new Map(
  geographies.flatMap((g) => g.aliases.filter((a) => !a.endsWith('euap')).map((a) => [a, g.policyLocation])),
);

/** POL001: the policy location must be a supported enterprise-policy location. */
export const pol001: Rule = {
  id: 'POL001',
  severity: 'error',
  title: 'Unsupported policy location',
  docs: DOCS.regions,
  check(design) {
    return design.policies.flatMap((policy) => {
      const loc = policy.location.trim().toLowerCase();
      const alias = environmentOnlyAliases.get(loc);
      let message: string | undefined;
      if (loc === '')
        message = `Policy ${nameOf(policy)} has no location: choose its geography (e.g. unitedstates).`;
      else if (alias)
        message = `Policy ${nameOf(policy)} uses location "${policy.location}", the environment's spelling: set it to "${alias}".`;
      else if (!findGeography(loc) && geographiesOfRegion(loc).length > 0) {
        const geos = geographiesOfRegion(loc);
        const options = geos.map((g) => `"${g.policyLocation}" (${g.label})`);
        message = `Policy ${nameOf(policy)} has location "${policy.location}", an Azure region (${regionLabel(loc)}), but a policy's location is a geography: ${regionLabel(loc)} belongs to ${listNames(geos.map((g) => g.label))}; set it to ${options.join(' or ')}.`;
      } else if (!findGeography(loc))
        message = `Policy ${nameOf(policy)} has location "${policy.location}", which is not a supported enterprise-policy location${unsupportedGeographies[loc] ? ` (${unsupportedGeographies[loc]?.replace(/\.$/, '')})` : ''}: choose a supported geography such as unitedstates or europe.`;
      return message ? [finding(pol001, message, [policy.id])] : [];
    });
  },
};
