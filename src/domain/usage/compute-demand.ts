import { cidrSize, tryParseCidr } from '../ip/cidr';
import { type DesignIndex, indexDesign } from '../model/design-index';
import {
  DELEGATION_ENTERPRISE_POLICIES,
  type Design,
  type EnterprisePolicy,
  type Subnet,
} from '../model/schema';
import {
  addressesPerEnvironment,
  estimateDemand,
  isNearFull,
  sizingGuidance,
  smallestSubnetPrefixFor,
} from './estimate-demand';
import type { DemandEnvironment, PowerPlatformDemand } from './types';

/** The Power Platform demand on one delegated subnet, from every policy that references it. */
function demandOf(subnet: Subnet, size: number, index: DesignIndex): PowerPlatformDemand {
  const policies: readonly EnterprisePolicy[] = index.policiesBySubnet.get(subnet.id) ?? [];
  // Each subnet of a paired policy must hold all the policy's environments: they fail over to it.
  const byEnv = new Map<string, DemandEnvironment>();
  const uncounted = new Set<string>();
  let production = 0;
  let nonProduction = 0;
  for (const policy of policies) {
    for (const env of index.environmentsByPolicy.get(policy.id) ?? []) {
      const seen = byEnv.get(env.id);
      if (seen) {
        if (!seen.policyIds.includes(policy.id)) seen.policyIds.push(policy.id);
        continue;
      }
      const addresses = addressesPerEnvironment(env.type);
      if (addresses === undefined) {
        uncounted.add(env.id);
        continue;
      }
      if (addresses >= 30) production++;
      else nonProduction++;
      byEnv.set(env.id, { id: env.id, name: env.name, type: env.type, addresses, policyIds: [policy.id] });
    }
  }
  const estimated = estimateDemand(production, nonProduction);
  return {
    environments: [...byEnv.values()],
    productionCount: production,
    nonProductionCount: nonProduction,
    uncountedEnvironmentIds: [...uncounted].filter((id) => !byEnv.has(id)),
    policyIds: policies.map((p) => p.id),
    estimated,
    headroom: size - estimated,
    percentUsed: size > 0 ? Math.round((estimated / size) * 1000) / 10 : Number.POSITIVE_INFINITY,
    smallestPrefix: smallestSubnetPrefixFor(estimated),
    fits: estimated <= size,
    nearFull: isNearFull(estimated, size),
    guidance: sizingGuidance(size),
  };
}

const cache = new WeakMap<Design, Map<string, PowerPlatformDemand>>();

/**
 * Estimated Power Platform demand of every subnet delegated to Microsoft.PowerPlatform/enterprisePolicies,
 * by subnet id (memoized on the design object). Lighter than `computeUsage`: the validator needs only this.
 */
export function computeDemand(design: Design): Map<string, PowerPlatformDemand> {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const out = new Map<string, PowerPlatformDemand>();
  for (const subnet of design.subnets) {
    // The first subnet of a duplicated id is the one the index (and every lookup) knows.
    if (
      !subnet.delegations.includes(DELEGATION_ENTERPRISE_POLICIES) ||
      index.subnets.get(subnet.id) !== subnet
    )
      continue;
    const cidr = tryParseCidr(subnet.prefix);
    out.set(subnet.id, demandOf(subnet, cidr ? cidrSize(cidr) : 0, index));
  }
  cache.set(design, out);
  return out;
}
