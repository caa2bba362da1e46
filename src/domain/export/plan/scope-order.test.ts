import { describe, expect, it } from 'vitest';
import { multiScopeFixture, SUB_A, SUB_B } from '../fixtures/multi-scope';
import { scopeDeploymentOrder } from './scope-order';
import { objectScopes } from './scopes';

describe('scopeDeploymentOrder', () => {
  const fallback = { subscriptionId: SUB_A, resourceGroup: 'rg-policy' };

  it('puts NSGs before their VNets and VNets before the policy', () => {
    const design = multiScopeFixture();
    const byId = objectScopes(design, fallback);
    const scopes = [
      fallback,
      { subscriptionId: SUB_B, resourceGroup: 'rg-spokes' },
      { subscriptionId: SUB_A, resourceGroup: 'rg-security' },
    ];
    expect(scopeDeploymentOrder(design, scopes, byId)).toEqual({
      order: [`${SUB_A}/rg-security`, `${SUB_B}/rg-spokes`, `${SUB_A}/rg-policy`],
      cyclic: false,
    });
  });

  it('reports scopes that refer to each other in a circle', () => {
    const design = multiScopeFixture();
    // the spoke's subnet now uses the NSG of the policy's resource group: rg-policy ↔ rg-spokes
    const circular = {
      ...design,
      nsgs: design.nsgs.map((n) => ({ ...n, resourceGroup: 'rg-policy' })),
      subnets: design.subnets.map((s) => (s.id === 'snet-wus' ? { ...s, nsgId: 'nsg-shared' } : s)),
    };
    const byId = objectScopes(circular, fallback);
    const scopes = [fallback, { subscriptionId: SUB_B, resourceGroup: 'rg-spokes' }];
    const result = scopeDeploymentOrder(circular, scopes, byId);
    expect(result.cyclic).toBe(true);
    expect(result.order).toHaveLength(2);
  });
});
