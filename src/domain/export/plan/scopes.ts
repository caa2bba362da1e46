import type { Design } from '../../model/schema';
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
  // the scope of the first VNet whose subnets use each NSG, route table or NAT gateway
  const firstUserScope = new Map<string, Scope>();
  for (const s of design.subnets) {
    const vnetScope = scopes.get(s.vnetId);
    if (!vnetScope) continue;
    for (const used of [s.nsgId, s.routeTableId, s.natGatewayId])
      if (used !== undefined && !firstUserScope.has(used)) firstUserScope.set(used, vnetScope);
  }
  for (const items of [design.nsgs, design.routeTables, design.natGateways]) {
    for (const item of items) {
      const inherited = firstUserScope.get(item.id) ?? fallback;
      scopes.set(item.id, {
        subscriptionId: item.subscriptionId ?? inherited.subscriptionId,
        resourceGroup: item.resourceGroup ?? inherited.resourceGroup,
      });
    }
  }
  // subnets and the hub's own objects live in their VNet's resource group
  for (const o of [...design.subnets, ...design.firewalls, ...design.gateways, ...design.bastions]) {
    const vnetScope = scopes.get(o.vnetId);
    if (vnetScope) scopes.set(o.id, vnetScope);
  }
  return scopes;
}

function pick(o: Scope): Scope {
  return { subscriptionId: o.subscriptionId, resourceGroup: o.resourceGroup };
}
