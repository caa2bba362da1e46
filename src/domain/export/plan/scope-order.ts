import type { Design } from '../../model/schema';
import type { Scope } from './expr';
import { sameScope, scopeKey } from './scopes';

export interface ScopeOrder {
  /** Scope keys, each after the scopes its resources refer to (peerings aside). */
  order: string[];
  /** True when scopes refer to each other in a circle: no order deploys in one pass. */
  cyclic: boolean;
}

/**
 * The order to deploy the scopes of a multi-scope export in: a policy after its VNets, a VNet after the
 * NSGs, route tables and NAT gateways of its subnets. Peerings are left out (they are conditional on
 * crossScopePeerings, deployed in a second pass). Ties go by scope key, so every scope's export
 * states the same order.
 */
export function scopeDeploymentOrder(
  design: Design,
  scopes: readonly Scope[],
  scopesById: ReadonlyMap<string, Scope>,
): ScopeOrder {
  const keys = scopes.map(scopeKey).sort();
  const keyOf = (id: string) => {
    const s = scopesById.get(id);
    const found = s ? scopes.find((x) => sameScope(x, s)) : undefined;
    return found ? scopeKey(found) : undefined;
  };
  const needs = new Map<string, Set<string>>(keys.map((k) => [k, new Set<string>()]));
  const edge = (from: string, to: string) => {
    const a = keyOf(from);
    const b = keyOf(to);
    if (a && b && a !== b) needs.get(a)?.add(b);
  };
  const subnetVnet = new Map(design.subnets.map((s) => [s.id, s.vnetId]));
  for (const p of design.policies) {
    for (const subnetId of p.subnetIds) {
      const vnetId = subnetVnet.get(subnetId);
      if (vnetId) edge(p.id, vnetId);
    }
  }
  for (const s of design.subnets) {
    for (const used of [s.nsgId, s.routeTableId, s.natGatewayId]) if (used) edge(s.vnetId, used);
  }
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < keys.length) {
    const next = keys.find((k) => !done.has(k) && [...(needs.get(k) ?? [])].every((n) => done.has(n)));
    if (!next) break;
    order.push(next);
    done.add(next);
  }
  const cyclic = order.length < keys.length;
  for (const k of keys) if (!done.has(k)) order.push(k);
  return { order, cyclic };
}
