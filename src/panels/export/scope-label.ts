/**
 * "2 of 3: rg-spokes": the resource group, with the start of its subscription when the scopes span
 * several subscriptions (the full key is the option's title).
 */
export function scopeLabel(scope: string, index: number, scopes: readonly string[]): string {
  const slash = scope.indexOf('/');
  const subscription = scope.slice(0, slash);
  const group = scope.slice(slash + 1);
  const subscriptions = new Set(scopes.map((s) => s.slice(0, s.indexOf('/')).toLowerCase()));
  const suffix = subscriptions.size > 1 ? ` (subscription ${subscription.slice(0, 8)}…)` : '';
  return `${index + 1} of ${scopes.length}: ${group}${suffix}`;
}
