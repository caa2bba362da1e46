import { findGeography, findPair, regionLabel } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

const US = findGeography('unitedstates');

/** POL009: a US policy's pair should contain the Azure region of each linked environment. */
export const pol009: Rule = {
  id: 'POL009',
  severity: 'warning',
  title: 'US region pair does not match the environment',
  docs: DOCS.regions,
  check(design, index) {
    if (!US) return [];
    const usRegions = new Set(US.pairs.flat());
    return [...policyContexts(design).values()].flatMap(({ policy, geography, targets }) => {
      if (geography !== US || targets.length !== 2) return [];
      const pair = findPair(
        US,
        targets.map((t) => t.vnet.region),
      );
      if (!pair || pair.length !== 2) return [];
      return (index.environmentsByPolicy.get(policy.id) ?? []).flatMap((env) => {
        const region = env.azureRegion?.trim().toLowerCase();
        if (!region || !usRegions.has(region) || pair.includes(region)) return [];
        const right = findPair(US, [region]) ?? [];
        return [
          finding(
            pol009,
            `Environment ${nameOf(env)} runs in ${regionLabel(region)} but policy ${nameOf(policy)} uses ${pair.map(regionLabel).join(' + ')}: use VNets in ${right.map(regionLabel).join(' + ')} for it.`,
            [policy.id, env.id, ...targets.map((t) => t.vnet.id)],
          ),
        ];
      });
    });
  },
};
