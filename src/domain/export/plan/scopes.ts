import type { Design, Subnet } from '../../model/schema';
import type { Scope } from './expr';

/** `subscriptionId/resourceGroup`: how a scope is named in options, the CLI and file names. */
export function scopeKey(scope: Scope): string {
  return `${scope.subscriptionId}/${scope.resourceGroup}`;
}

/** Parses `subscriptionId/resourceGroup`; undefined when it is not of that shape. */
export function parseScopeKey(text: string): Scope | undefined {
  const slash = text.indexOf('/');
  if (slash <= 0 || slash === text.length - 1) return undefined;
  return { subscriptionId: text.slice(0, slash), resourceGroup: text.slice(slash + 1) };
}

export function sameScope(a: Scope, b: Scope): boolean {
  return (
    a.subscriptionId.toLowerCase() === b.subscriptionId.toLowerCase() &&
    a.resourceGroup.toLowerCase() === b.resourceGroup.toLowerCase()
  );
}

/**
 * Where each design object is deployed. NSGs, route tables and NAT gateways without their own
 * subscription or resource group take those of the first VNet whose subnets use them, else `fallback`.
 */
export function objectScopes(design: Design, fallback: Scope): Map<string, Scope> {
  const scopes = new Map<string, Scope>();
  for (const p of design.policies) scopes.set(p.id, pick(p));
  for (const v of design.vnets) scopes.set(v.id, pick(v));
  const vnetScopeOfUser = (use: (s: Subnet) => string | undefined, id: string): Scope | undefined => {
    const user = design.subnets.find((s) => use(s) === id && scopes.has(s.vnetId));
    return user ? scopes.get(user.vnetId) : undefined;
  };
  const sharedKinds = [
    [design.nsgs, (s: Subnet) => s.nsgId],
    [design.routeTables, (s: Subnet) => s.routeTableId],
    [design.natGateways, (s: Subnet) => s.natGatewayId],
  ] as const;
  for (const [items, use] of sharedKinds) {
    for (const item of items) {
      const inherited = vnetScopeOfUser(use, item.id) ?? fallback;
      scopes.set(item.id, {
        subscriptionId: item.subscriptionId ?? inherited.subscriptionId,
        resourceGroup: item.resourceGroup ?? inherited.resourceGroup,
      });
    }
  }
  for (const s of design.subnets) {
    const vnetScope = scopes.get(s.vnetId);
    if (vnetScope) scopes.set(s.id, vnetScope);
  }
  return scopes;
}

function pick(o: Scope): Scope {
  return { subscriptionId: o.subscriptionId, resourceGroup: o.resourceGroup };
}
