import { indexDesign } from '../../model/design-index';
import { kinds } from '../../model/kinds';
import type { Design, EnterprisePolicy } from '../../model/schema';
import type { Referencer } from './build-plan';
import { arr, type Expr, obj, prefixed, str } from './expr';
import { ENTERPRISE_POLICY_API_VERSION, type PlannedResource } from './types';

/**
 * The NetworkInjection enterprise policy. `virtualNetworks` is a plain array (never `{ value: [...] }`,
 * which the service rejects with "request body is null"), each entry the VNet's ID (never the subnet's)
 * and the delegated subnet's name, primary first.
 */
export function policyResource(
  design: Design,
  policy: EnterprisePolicy,
  symbol: string,
  ref: Referencer,
  warnings: string[],
): PlannedResource {
  const entries: Expr[] = [];
  for (const subnetId of policy.subnetIds) {
    const subnet = indexDesign(design).subnets.get(subnetId);
    if (!subnet) {
      warnings.push(
        `Enterprise policy "${policy.name}" refers to subnet "${subnetId}", which is not in the design.`,
      );
      continue;
    }
    const vnetId = ref.idOf('vnet', subnet.vnetId, policy.id);
    if (vnetId) entries.push(obj({ id: vnetId, subnet: obj({ name: str(subnet.name) }) }));
  }
  return {
    symbol,
    sourceId: policy.id,
    label: kinds.policy.label.one,
    displayName: policy.name,
    type: kinds.policy.azureType,
    apiVersion: ENTERPRISE_POLICY_API_VERSION,
    name: prefixed(policy.name),
    location: policy.location,
    kind: 'NetworkInjection',
    properties: obj({ networkInjection: obj({ virtualNetworks: arr(entries) }) }),
  };
}
