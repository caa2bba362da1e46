import type { ExportPlan } from './plan/types';

/** The file name stem: the design id, plus the resource group when the design spans several scopes. */
export function exportFileStem(plan: ExportPlan): string {
  const safe = (t: string) => t.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'design';
  const stem = safe(plan.design.id);
  if (plan.scopes.length < 2) return stem;
  const rg = plan.scope.resourceGroup.toLowerCase();
  // the same resource group name in two subscriptions: the subscription tells the files apart
  const shared = plan.scopes.filter((s) => s.resourceGroup.toLowerCase() === rg).length > 1;
  const sub = shared ? `.${safe(plan.scope.subscriptionId).slice(0, 8)}` : '';
  return `${stem}${sub}.${safe(plan.scope.resourceGroup)}`;
}
