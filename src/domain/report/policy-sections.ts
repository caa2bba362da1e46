import { findGeography, regionLabel } from '../catalog/regions';
import { indexDesign } from '../model/design-index';
import { DELEGATION_ENTERPRISE_POLICIES, type Design, type EnterprisePolicy } from '../model/schema';
import { computeUsage } from '../usage/compute-usage';
import type { ReportPolicySection, ReportSubnetCapacity } from './types';

/**
 * The Azure resource ID of an enterprise policy, as `Enable-SubnetInjection -PolicyArmId` takes it.
 * @example policyResourceId({ subscriptionId: 's', resourceGroup: 'rg', name: 'ep' }) ===
 *   '/subscriptions/s/resourceGroups/rg/providers/Microsoft.PowerPlatform/enterprisePolicies/ep'
 */
export function policyResourceId(
  policy: Pick<EnterprisePolicy, 'subscriptionId' | 'resourceGroup' | 'name'>,
) {
  return `/subscriptions/${policy.subscriptionId}/resourceGroups/${policy.resourceGroup}/providers/Microsoft.PowerPlatform/enterprisePolicies/${policy.name}`;
}

/** "United States (unitedstates)", or the raw location marked unsupported. */
export function geographyLabel(location: string): string {
  const g = findGeography(location);
  return g ? `${g.label} (${g.policyLocation})` : `${location || '(none)'} (not a supported geography)`;
}

function capacityOf(design: Design, subnetId: string): ReportSubnetCapacity {
  const index = indexDesign(design);
  const subnet = index.subnets.get(subnetId);
  const vnet = subnet ? index.vnets.get(subnet.vnetId) : undefined;
  const usage = computeUsage(design).subnets.get(subnetId);
  const demand = usage?.demand;
  const base = {
    subnetId,
    subnet: subnet?.name ?? subnetId,
    vnet: vnet?.name ?? subnet?.vnetId ?? '',
    region: vnet?.region ?? '',
    prefix: subnet?.prefix ?? '',
    size: usage?.valid ? usage.size : undefined,
    demand: demand?.estimated,
    headroom: undefined,
    percentUsed: undefined,
    smallestFit: demand?.smallestPrefix === undefined ? undefined : `/${demand.smallestPrefix}`,
  };
  if (!subnet) return { ...base, status: 'missing' };
  if (!subnet.delegations.includes(DELEGATION_ENTERPRISE_POLICIES))
    return { ...base, status: 'not delegated' };
  if (!usage?.valid || !demand) return { ...base, status: 'invalid prefix' };
  return {
    ...base,
    headroom: demand.headroom,
    percentUsed: demand.percentUsed,
    status: !demand.fits ? 'too small' : demand.nearFull ? 'near full' : 'fits',
  };
}

/** One section per enterprise policy: geography, regions, subnets with capacity, linked environments. */
export function buildPolicySections(design: Design): ReportPolicySection[] {
  const index = indexDesign(design);
  return design.policies.map((policy) => {
    const subnets = [...new Set(policy.subnetIds)].map((id) => capacityOf(design, id));
    const regions = [...new Set(subnets.map((s) => s.region).filter(Boolean))].map(
      (r) => `${regionLabel(r)}${regionLabel(r) === r ? '' : ` (${r})`}`,
    );
    const environments = (index.environmentsByPolicy.get(policy.id) ?? []).map((e) => ({
      name: e.name,
      type: e.type,
      managed: e.managed,
      geography: e.geography,
      environmentId: e.environmentId,
    }));
    return {
      policyId: policy.id,
      name: policy.name,
      location: policy.location,
      geography: geographyLabel(policy.location),
      regions,
      resourceId: policyResourceId(policy),
      subnets,
      environments,
    };
  });
}
