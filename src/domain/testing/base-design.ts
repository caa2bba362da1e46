/**
 * A small, correct design used as the starting point of rule fixtures: one managed production
 * environment linked to a United States policy whose two delegated /24 subnets sit in East US and West
 * US. It yields no finding at all; each rule test changes one thing.
 */
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createPolicy,
  createVnet,
} from '../model/factories';
import type { Design } from '../model/schema';

export function createBaseDesign(): Design {
  return createDesign({
    id: 'base',
    name: 'Base design',
    environments: [createEnvironment({ id: 'env', name: 'env-prod', policyIds: ['pol'] })],
    policies: [createPolicy({ id: 'pol', name: 'ep-us', subnetIds: ['snet-e', 'snet-w'] })],
    vnets: [
      createVnet({ id: 'vnet-e', name: 'vnet-pp-eus', region: 'eastus', addressPrefixes: ['10.1.0.0/16'] }),
      createVnet({ id: 'vnet-w', name: 'vnet-pp-wus', region: 'westus', addressPrefixes: ['10.2.0.0/16'] }),
    ],
    subnets: [
      createDelegatedSubnet({ id: 'snet-e', vnetId: 'vnet-e', name: 'snet-pp', prefix: '10.1.0.0/24' }),
      createDelegatedSubnet({ id: 'snet-w', vnetId: 'vnet-w', name: 'snet-pp', prefix: '10.2.0.0/24' }),
    ],
  });
}
