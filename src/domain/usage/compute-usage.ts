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
import { prefixFamily, tryParseCidr6 } from '../ip/cidr6';
import { memoizeOnEntities } from '../model/memoize-on-entities';
import {
  DELEGATION_ENTERPRISE_POLICIES,
  type Design,
  type Subnet,
  type VirtualNetwork,
} from '../model/schema';
import { computeDemand } from './compute-demand';
import type { DesignUsage, SubnetUsage, VnetUsage } from './types';

function subnetUsageOf(design: Design, subnet: Subnet): { usage: SubnetUsage; cidr: Cidr | undefined } {
  const cidr = tryParseCidr(subnet.prefix);
  const size = cidr ? cidrSize(cidr) : 0;
  const powerPlatform = subnet.delegations.includes(DELEGATION_ENTERPRISE_POLICIES);
  const usage: SubnetUsage = {
    subnetId: subnet.id,
    vnetId: subnet.vnetId,
    name: subnet.name,
    prefix: subnet.prefix,
    ipv6Prefix: subnet.ipv6Prefix && tryParseCidr6(subnet.ipv6Prefix) ? subnet.ipv6Prefix.trim() : undefined,
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
    demand: powerPlatform ? computeDemand(design).get(subnet.id) : undefined,
  };
  return { usage, cidr };
}

/**
 * Delegated subnets grouped by the policies that reference them: a policy's subnets (primary and failover
 * twin) each hold all its environments, so they belong together, and so do groups joined by another policy.
 */
export function failoverGroups(design: Design, delegated: ReadonlySet<string>): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = id;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const id of delegated) parent.set(id, id);
  for (const policy of design.policies) {
    const members = policy.subnetIds.filter((id) => delegated.has(id));
    const first = members[0];
    if (first === undefined) continue;
    for (const other of members.slice(1)) {
      const a = find(first);
      const b = find(other);
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of delegated) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}

/**
 * Sum over failover groups of the largest estimate in each (twins hold the same environments), for the
 * design and for each VNet (a group's subnets in that VNet).
 */
function groupedDemand(
  groups: readonly string[][],
  subnets: ReadonlyMap<string, SubnetUsage>,
): { total: number; byVnet: Map<string, number> } {
  let total = 0;
  const byVnet = new Map<string, number>();
  for (const group of groups) {
    let largest = 0;
    const largestInVnet = new Map<string, number>();
    for (const id of group) {
      const s = subnets.get(id);
      const estimated = s?.demand?.estimated ?? 0;
      largest = Math.max(largest, estimated);
      if (s) largestInVnet.set(s.vnetId, Math.max(largestInVnet.get(s.vnetId) ?? 0, estimated));
    }
    total += largest;
    for (const [vnetId, n] of largestInVnet) byVnet.set(vnetId, (byVnet.get(vnetId) ?? 0) + n);
  }
  return { total, byVnet };
}

function vnetUsageOf(
  vnet: VirtualNetwork,
  subnets: ReadonlyArray<{ usage: SubnetUsage; cidr: Cidr | undefined }>,
  powerPlatformDemand: number,
): VnetUsage {
  const space: Cidr[] = [];
  const invalidPrefixes: string[] = [];
  const ipv6Prefixes: string[] = [];
  for (const text of vnet.addressPrefixes) {
    const c = tryParseCidr(text);
    if (c) space.push(c);
    else if (prefixFamily(text) === 'ipv6') ipv6Prefixes.push(text.trim());
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
    ipv6Prefixes,
    subnets: subnets.map((s) => s.usage),
    powerPlatformDemand,
  };
}

/**
 * Address usage and Power Platform capacity of every VNet and subnet. Derived, never stored: memoized on
 * the design's objects (designs are immutable; moving objects does not recompute). Never throws on
 * half-drawn designs: invalid prefixes count as empty and are listed.
 */
export const computeUsage: (design: Design) => DesignUsage = memoizeOnEntities(computeUsageNow);

function computeUsageNow(design: Design): DesignUsage {
  const subnets = new Map<string, SubnetUsage>();
  const parsedByVnet = new Map<string, Array<{ usage: SubnetUsage; cidr: Cidr | undefined }>>();
  for (const subnet of design.subnets) {
    if (subnets.has(subnet.id)) continue;
    const entry = subnetUsageOf(design, subnet);
    subnets.set(subnet.id, entry.usage);
    const list = parsedByVnet.get(subnet.vnetId);
    if (list) list.push(entry);
    else parsedByVnet.set(subnet.vnetId, [entry]);
  }
  const delegated = new Set([...subnets.values()].filter((s) => s.powerPlatform).map((s) => s.subnetId));
  const groups = failoverGroups(design, delegated);
  const demand = groupedDemand(groups, subnets);
  const vnets: VnetUsage[] = [];
  const byVnet = new Map<string, VnetUsage>();
  for (const vnet of design.vnets) {
    if (byVnet.has(vnet.id)) continue;
    const usage = vnetUsageOf(vnet, parsedByVnet.get(vnet.id) ?? [], demand.byVnet.get(vnet.id) ?? 0);
    vnets.push(usage);
    byVnet.set(vnet.id, usage);
  }
  return {
    vnets,
    subnets,
    byVnet,
    powerPlatformDemand: demand.total,
    failoverGroups: groups,
  };
}
