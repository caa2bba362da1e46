/**
 * The Terraform configuration does not yet declare a hub's own objects (azurerm_firewall,
 * azurerm_virtual_network_gateway, azurerm_bastion_host): they and their public IPs are left out of the
 * plan it renders, and a note at the top of the configuration names each one.
 */
import { describeObject } from '../plan/describe';
import type { ExportPlan } from '../plan/types';

export function withoutHubObjects(plan: ExportPlan): ExportPlan {
  const { design } = plan;
  const hubIds = new Set([...design.firewalls, ...design.gateways, ...design.bastions].map((o) => o.id));
  const left = plan.resources.filter((r) => !r.existing && hubIds.has(r.sourceId));
  if (left.length === 0) return plan;
  const objects = [...new Set(left.map((r) => r.sourceId))].map((id) => describeObject(design, id));
  return {
    ...plan,
    resources: plan.resources.filter((r) => r.existing || !hubIds.has(r.sourceId)),
    notes: [
      `Not in this Terraform configuration: ${objects.join(', ')}, with ${objects.length === 1 ? 'its public IP' : 'their public IPs'}. The Terraform export does not declare Azure Firewalls, virtual network gateways or Bastion hosts yet: deploy them with the ARM or Bicep export of this design.`,
      ...plan.notes,
    ],
  };
}
