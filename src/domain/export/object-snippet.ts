import type { Design } from '../model/schema';
import { armResource, lookupOf } from './arm/build-arm-template';
import { bicepResource } from './bicep/render-bicep';
import { buildExportPlan } from './plan/build-plan';
import { renderTerraformSnippet } from './terraform/render-terraform';

/**
 * The selected object's own resources as a snippet (for the studio's inspector): a subnet shows its
 * VNet, a NAT gateway its public IPs too (in Terraform, a policy its environment links). Empty text
 * when the object has no ARM resource.
 */
export function exportObjectSnippet(
  design: Design,
  objectId: string,
  target: 'arm' | 'bicep' | 'terraform',
): string {
  const subnet = design.subnets.find((s) => s.id === objectId);
  const sourceId = subnet ? subnet.vnetId : objectId;
  const plan = buildExportPlan(design, { selection: [objectId], findings: [] });
  const own = plan.resources.filter((r) => r.sourceId === sourceId);
  if (target === 'bicep') return own.map(bicepResource).join('\n\n');
  if (target === 'terraform') return renderTerraformSnippet(plan, sourceId);
  const lookup = lookupOf(plan);
  if (!own.length) return '';
  const resources = own.map((r) => armResource(r, lookup));
  const variables = Object.fromEntries([...lookup.nameVariables].map(([text, name]) => [name, text]));
  return JSON.stringify(lookup.nameVariables.size ? { variables, resources } : resources, null, 2);
}
