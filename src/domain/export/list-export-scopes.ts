import type { Design } from '../model/schema';
import { buildExportPlan } from './plan/build-plan';
import { scopeKey } from './plan/scopes';

/**
 * The resource groups (`subscriptionId/resourceGroup`) an export of the design (or selection) deploys
 * to: one template each. The first is the default scope.
 */
export function listExportScopes(design: Design, selection?: readonly string[]): string[] {
  return buildExportPlan(design, { selection, findings: [] }).scopes.map(scopeKey);
}
