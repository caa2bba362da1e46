import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { createDesign, createSubnet, createVnet } from './factories';
import { defaultResourceName, defaultSubnetName, uniqueName } from './naming';

describe('default names', () => {
  it('numbers a taken name', () => {
    expect(uniqueName('a', [{ name: 'a' }, { name: 'a-2' }])).toBe('a-3');
    expect(uniqueName('b', [{ name: 'a' }])).toBe('b');
  });

  it('names a subnet after its VNet region, unique across every VNet of the design', () => {
    const d = createDesign({
      vnets: [
        createVnet({ id: 'e', region: 'eastus' }),
        createVnet({ id: 'e2', region: 'eastus' }),
        createVnet({ id: 'w', region: 'westeurope' }),
      ],
      subnets: [createSubnet({ id: 's', vnetId: 'e', name: 'snet-eastus' })],
    });
    expect(defaultSubnetName(d, 'e2')).toBe('snet-eastus-2');
    expect(defaultSubnetName(d, 'w')).toBe('snet-westeurope');
    expect(defaultSubnetName(d, 'missing')).toBe('snet');
  });

  it('names a resource after its kind and its VNet region', () => {
    const d = whitepaperScenario1();
    expect(defaultResourceName(d, 'Sql', 'vnet1')).toBe('sql-westus');
    expect(defaultResourceName(d, 'KeyVault', 'vnet2')).toBe('kv-eastus');
    expect(defaultResourceName(d, 'Storage')).toBe('st');
  });
});
