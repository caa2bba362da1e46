import { DEMAND_PER_PRODUCTION_ENV } from '../catalog/limits';
import type { Design } from '../model/schema';
import { addressesPerEnvironment } from '../usage/estimate-demand';

/** A policy's environments by how many addresses Power Platform estimates for them. */
export interface EnvironmentMix {
  policyId: string;
  policyName: string;
  production: number;
  nonProduction: number;
}

/**
 * The environments each enterprise policy links, counted as the demand estimate counts them
 * (production and default environments take 30 addresses, sandbox and developer 10; trial and Teams
 * environments cannot be linked and are left out). A delegated subnet of the policy must hold them all.
 */
export function policyEnvironmentMixes(design: Pick<Design, 'policies' | 'environments'>): EnvironmentMix[] {
  return design.policies.map((policy) => {
    let production = 0;
    let nonProduction = 0;
    for (const env of design.environments) {
      if (!env.policyIds.includes(policy.id)) continue;
      const addresses = addressesPerEnvironment(env.type);
      if (addresses === undefined) continue;
      if (addresses >= DEMAND_PER_PRODUCTION_ENV) production++;
      else nonProduction++;
    }
    return { policyId: policy.id, policyName: policy.name, production, nonProduction };
  });
}
