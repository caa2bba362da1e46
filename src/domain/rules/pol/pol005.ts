import { allowedRegions, findPair, isPaired, regionLabel } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

/** POL005: the two VNets of a paired geography must form one allowed pair of different regions. */
export const pol005: Rule = {
  id: 'POL005',
  severity: 'error',
  title: 'VNets do not form an allowed region pair',
  docs: DOCS.regions,
  check(design) {
    return [...policyContexts(design).values()].flatMap(({ policy, geography, targets }) => {
      if (!geography || !isPaired(geography) || targets.length !== 2) return [];
      const [a, b] = targets as [(typeof targets)[0], (typeof targets)[0]];
      const allowed = allowedRegions(geography);
      // Regions outside the geography are POL004's finding.
      if (!allowed.includes(a.vnet.region) || !allowed.includes(b.vnet.region)) return [];
      const ids = [policy.id, b.vnet.id, a.vnet.id, a.subnet.id, b.subnet.id];
      if (a.vnet.region === b.vnet.region) {
        const twin = findPair(geography, [a.vnet.region])?.find((r) => r !== a.vnet.region);
        return [
          finding(
            pol005,
            `Policy ${nameOf(policy)} has both subnets in ${regionLabel(a.vnet.region)} (${nameOf(a.vnet)}${a.vnet.id === b.vnet.id ? '' : ` and ${nameOf(b.vnet)}`}): move ${nameOf(b.subnet)} to a VNet in ${twin ? regionLabel(twin) : 'the paired region'}.`,
            ids,
          ),
        ];
      }
      if (findPair(geography, [a.vnet.region, b.vnet.region])) return [];
      const pairs = geography.pairs.map((p) => p.map(regionLabel).join(' + ')).join(' or ');
      return [
        finding(
          pol005,
          `Policy ${nameOf(policy)} pairs ${regionLabel(a.vnet.region)} (${nameOf(a.vnet)}) with ${regionLabel(b.vnet.region)} (${nameOf(b.vnet)}), which is not an allowed pair: use ${pairs}; pairs can't be mixed.`,
          ids,
        ),
      ];
    });
  },
};
