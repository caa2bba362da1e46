import { AZURE_RESERVED_PER_SUBNET } from '../catalog/limits';
import {
  azureUsable,
  type Cidr,
  cidrSize,
  firstUsable,
  formatCidr,
  freeRanges,
  lastUsable,
  tryParseCidr,
} from '../ip/cidr';
import { type DesignIndex, indexDesign } from '../model/design-index';
import {
  DELEGATION_ENTERPRISE_POLICIES,
  type Design,
  type EnterprisePolicy,
  type Subnet,
  type VirtualNetwork,
} from '../model/schema';
import {
  addressesPerEnvironment,
  estimateDemand,
  isNearFull,
  sizingGuidance,
  smallestSubnetPrefixFor,
} from './estimate-demand';
import type { DemandEnvironment, DesignUsage, PowerPlatformDemand, SubnetUsage, VnetUsage } from './types';

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

function subnetUsageOf(subnet: Subnet, index: DesignIndex): { usage: SubnetUsage; cidr: Cidr | undefined } {
  const cidr = tryParseCidr(subnet.prefix);
  const size = cidr ? cidrSize(cidr) : 0;
  const powerPlatform = subnet.delegations.includes(DELEGATION_ENTERPRISE_POLICIES);
  const usage: SubnetUsage = {
    subnetId: subnet.id,
    vnetId: subnet.vnetId,
    name: subnet.name,
    prefix: subnet.prefix,
    valid: cidr !== undefined,
    prefixLength: cidr?.prefixLength,
    size,
    reserved: cidr ? Math.min(AZURE_RESERVED_PER_SUBNET, size) : 0,
    usable: cidr ? azureUsable(cidr) : 0,
    firstUsable: cidr ? firstUsable(cidr) : undefined,
    lastUsable: cidr ? lastUsable(cidr) : undefined,
    occupants: subnet.occupants,
    occupantAddresses: subnet.occupants.reduce((n, o) => n + o.count, 0),
    delegated: subnet.delegations.length > 0,
    delegations: subnet.delegations,
    powerPlatform,
    demand: powerPlatform ? demandOf(subnet, size, index) : undefined,
  };
  return { usage, cidr };
}

function vnetUsageOf(
  vnet: VirtualNetwork,
  subnets: ReadonlyArray<{ usage: SubnetUsage; cidr: Cidr | undefined }>,
): VnetUsage {
  const space: Cidr[] = [];
  const invalidPrefixes: string[] = [];
  for (const text of vnet.addressPrefixes) {
    const c = tryParseCidr(text);
    if (c) space.push(c);
    else invalidPrefixes.push(text);
  }
  const used = subnets.flatMap((s) => (s.cidr ? [s.cidr] : []));
  const addressSpace = freeRanges(space, []).reduce((n, c) => n + cidrSize(c), 0);
  const free = freeRanges(space, used);
  const freeCount = free.reduce((n, c) => n + cidrSize(c), 0);
  return {
    vnetId: vnet.id,
    name: vnet.name,
    region: vnet.region,
    addressSpace,
    allocated: addressSpace - freeCount,
    free: freeCount,
    freeRanges: free.map(formatCidr),
    invalidPrefixes,
    subnets: subnets.map((s) => s.usage),
    powerPlatformDemand: subnets.reduce((n, s) => n + (s.usage.demand?.estimated ?? 0), 0),
  };
}

const cache = new WeakMap<Design, DesignUsage>();

/**
 * Address usage and Power Platform capacity of every VNet and subnet. Derived, never stored: memoized on
 * the design object (designs are immutable). Never throws on half-drawn designs: invalid prefixes count
 * as empty and are listed.
 */
export function computeUsage(design: Design): DesignUsage {
  const hit = cache.get(design);
  if (hit) return hit;
  const index = indexDesign(design);
  const subnets = new Map<string, SubnetUsage>();
  const parsedByVnet = new Map<string, Array<{ usage: SubnetUsage; cidr: Cidr | undefined }>>();
  for (const subnet of design.subnets) {
    if (subnets.has(subnet.id)) continue;
    const entry = subnetUsageOf(subnet, index);
    subnets.set(subnet.id, entry.usage);
    const list = parsedByVnet.get(subnet.vnetId);
    if (list) list.push(entry);
    else parsedByVnet.set(subnet.vnetId, [entry]);
  }
  const vnets: VnetUsage[] = [];
  const byVnet = new Map<string, VnetUsage>();
  for (const vnet of design.vnets) {
    if (byVnet.has(vnet.id)) continue;
    const usage = vnetUsageOf(vnet, parsedByVnet.get(vnet.id) ?? []);
    vnets.push(usage);
    byVnet.set(vnet.id, usage);
  }
  const result: DesignUsage = { vnets, subnets, byVnet };
  cache.set(design, result);
  return result;
}
