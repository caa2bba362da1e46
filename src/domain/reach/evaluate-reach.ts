/**
 * Every (policy, resource) pair an environment needs, checked from each delegated subnet of the policy.
 * Environments that share a policy and a resource share one check. Memoized on the design object.
 */
import { tryParseCidr } from '../ip/cidr';
import { type DesignIndex, indexDesign } from '../model/design-index';
import type {
  Design,
  EnterprisePolicy,
  Environment,
  PrivateResource,
  Subnet,
  VirtualNetwork,
} from '../model/schema';
import { type ReachResult, type ReachTarget, reachFrom } from './reach-from';

export interface DelegatedEnd {
  subnet: Subnet;
  vnet: VirtualNetwork;
  result: ReachResult;
}

export interface ReachCheck {
  policy: EnterprisePolicy;
  resource: PrivateResource;
  target: ReachTarget;
  environments: Environment[];
  /** One entry per delegated subnet of the policy (that exists, in an existing VNet), in policy order. */
  ends: DelegatedEnd[];
}

/** Where a resource is, network-wise; undefined for a half-drawn resource (missing subnet or VNet). */
export function resourceTarget(resource: PrivateResource, index: DesignIndex): ReachTarget | undefined {
  const placement = resource.placement;
  if (placement.type === 'subnet') {
    const subnet = index.subnets.get(placement.subnetId);
    const vnet = subnet ? index.vnets.get(subnet.vnetId) : undefined;
    return subnet && vnet ? { type: 'vnet', vnet, range: tryParseCidr(subnet.prefix) } : undefined;
  }
  const vnet = index.vnets.get(placement.gatewayVnetId);
  return vnet ? { type: 'gateway', vnet } : undefined;
}

const cache = new WeakMap<Design, ReachCheck[]>();

/** Reachability of every resource every linked environment needs, from its policy's delegated subnets. */
export function evaluateReach(design: Design): ReachCheck[] {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const checks = new Map<string, ReachCheck>();
  for (const env of index.environments.values()) {
    if (env.resourceIds.length === 0) continue;
    for (const [pi, policyId] of env.policyIds.entries()) {
      if (env.policyIds.indexOf(policyId) !== pi) continue; // linked twice: checked once
      const policy = index.policies.get(policyId);
      if (!policy) continue;
      for (const [ri, resourceId] of env.resourceIds.entries()) {
        if (env.resourceIds.indexOf(resourceId) !== ri) continue;
        const key = `${policyId}\u0000${resourceId}`;
        const existing = checks.get(key);
        if (existing) {
          existing.environments.push(env);
          continue;
        }
        const resource = index.resources.get(resourceId);
        const target = resource ? resourceTarget(resource, index) : undefined;
        if (!resource || !target) continue;
        const ends: DelegatedEnd[] = [];
        for (const [si, subnetId] of policy.subnetIds.entries()) {
          if (policy.subnetIds.indexOf(subnetId) !== si) continue;
          const subnet = index.subnets.get(subnetId);
          const vnet = subnet ? index.vnets.get(subnet.vnetId) : undefined;
          if (subnet && vnet) ends.push({ subnet, vnet, result: reachFrom(design, subnet, target) });
        }
        if (ends.length === 0) continue;
        checks.set(key, { policy, resource, target, environments: [env], ends });
      }
    }
  }
  const list = [...checks.values()];
  cache.set(design, list);
  return list;
}
