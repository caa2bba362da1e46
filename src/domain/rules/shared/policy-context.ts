/**
 * A policy resolved against the design: its geography and the subnets and VNets it references, shared by
 * the POL, NAT, DNS and REACH rules. Built once per design.
 */
import { findGeography, type Geography } from '../../catalog/regions';
import { type DesignIndex, indexDesign } from '../../model/design-index';
import type { Design, EnterprisePolicy, Subnet, VirtualNetwork } from '../../model/schema';

export interface PolicyTarget {
  subnet: Subnet;
  vnet: VirtualNetwork;
}

export interface PolicyContext {
  policy: EnterprisePolicy;
  geography: Geography | undefined;
  /** Distinct subnet ids, in order. */
  subnetIds: string[];
  /** Referenced subnets that exist and whose VNet exists, in order. */
  targets: PolicyTarget[];
}

const cache = new WeakMap<Design, Map<string, PolicyContext>>();

function resolve(policy: EnterprisePolicy, index: DesignIndex): PolicyContext {
  const subnetIds = [...new Set(policy.subnetIds)];
  const targets: PolicyTarget[] = [];
  for (const id of subnetIds) {
    const subnet = index.subnets.get(id);
    const vnet = subnet ? index.vnets.get(subnet.vnetId) : undefined;
    if (subnet && vnet) targets.push({ subnet, vnet });
  }
  return { policy, geography: findGeography(policy.location), subnetIds, targets };
}

/** Every policy of the design resolved, by policy id (memoized on the design object). */
export function policyContexts(design: Design): Map<string, PolicyContext> {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const out = new Map<string, PolicyContext>();
  for (const policy of index.policies.values()) out.set(policy.id, resolve(policy, index));
  cache.set(design, out);
  return out;
}

/** The existing policies an environment is linked to (distinct, in order). */
export function linkedPolicies(policyIds: readonly string[], index: DesignIndex): EnterprisePolicy[] {
  const out: EnterprisePolicy[] = [];
  for (const id of policyIds) {
    const p = index.policies.get(id);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}
