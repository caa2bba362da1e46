import type { Scope } from './plan/expr';
import { sameScope } from './plan/scopes';
import type { ExportPlan } from './plan/types';

const safe = (t: string) => t.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'design';

/** A short, stable tag of a text (FNV-1a, 6 hex digits), to tell apart names that read alike once made safe. */
function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/** The scope's part of a file name before any tie-break: its resource group, with the subscription when needed. */
function scopePart(scope: Scope, scopes: readonly Scope[]): string {
  const rg = scope.resourceGroup.toLowerCase();
  // the same resource group name in two subscriptions: the subscription tells the files apart
  const shared = scopes.filter((s) => s.resourceGroup.toLowerCase() === rg).length > 1;
  const sub = shared ? `${safe(scope.subscriptionId).slice(0, 8)}.` : '';
  return `${sub}${safe(scope.resourceGroup)}`;
}

/**
 * The file name stem: `base` (the studio passes the design's name slug; by default the design id), plus the resource group when the design spans several scopes.
 * Distinct scopes always get distinct stems, even when case-insensitive file systems are involved:
 * `net(prod)` and `net-prod` both read `net-prod` once made safe, so each then also carries a tag of
 * its own scope.
 */
export function exportFileStem(plan: ExportPlan, base: string = plan.design.id): string {
  const stem = safe(base);
  if (plan.scopes.length < 2) return stem;
  const part = scopePart(plan.scope, plan.scopes);
  const clash = plan.scopes.some(
    (s) => !sameScope(s, plan.scope) && scopePart(s, plan.scopes).toLowerCase() === part.toLowerCase(),
  );
  const key = `${plan.scope.subscriptionId.toLowerCase()}/${plan.scope.resourceGroup.toLowerCase()}`;
  return `${stem}.${part}${clash ? `-${tag(key)}` : ''}`;
}
