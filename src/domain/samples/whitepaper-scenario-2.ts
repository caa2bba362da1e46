/**
 * White paper sample scenario 2: the enterprise's Azure resources are in Central US (VNET1) and Power
 * Platform is in the United States. Delegated subnets in VNET2 (West US, primary) and VNET3 (East US,
 * failover); VNET1 is peered with both.
 * Source: "Power Platform Virtual Network support" white paper, "Sample scenarios".
 */
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createPeering,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createSubnet,
  createVnet,
} from '../model/factories';
import type { Design } from '../model/schema';

export function whitepaperScenario2(): Design {
  return createDesign({
    id: 'whitepaper-scenario-2',
    name: 'White paper scenario 2: resources in Central US',
    description:
      'Power Platform in the United States; the enterprise resources are in VNET1 (Central US). Delegated subnets in VNET2 (West US) and VNET3 (East US), each peered with VNET1.',
    environments: [
      createEnvironment({
        id: 'env-prod',
        name: 'Fabrikam Production',
        type: 'Production',
        geography: 'unitedstates',
        azureRegion: 'westus',
        resourceIds: ['sql-inventory'],
        policyIds: ['policy-us'],
      }),
    ],
    policies: [
      createPolicy({
        id: 'policy-us',
        name: 'ep-fabrikam-us',
        location: 'unitedstates',
        resourceGroup: 'rg-fabrikam-network',
        subnetIds: ['snet-pp-wus', 'snet-pp-eus'],
      }),
    ],
    vnets: [
      createVnet({
        id: 'vnet1',
        name: 'vnet1-centralus',
        region: 'centralus',
        resourceGroup: 'rg-fabrikam-network',
        addressPrefixes: ['10.30.0.0/16'],
      }),
      createVnet({
        id: 'vnet2',
        name: 'vnet2-westus',
        region: 'westus',
        resourceGroup: 'rg-fabrikam-network',
        addressPrefixes: ['10.40.0.0/16'],
      }),
      createVnet({
        id: 'vnet3',
        name: 'vnet3-eastus',
        region: 'eastus',
        resourceGroup: 'rg-fabrikam-network',
        addressPrefixes: ['10.50.0.0/16'],
      }),
    ],
    subnets: [
      createSubnet({
        id: 'snet-data-cus',
        vnetId: 'vnet1',
        name: 'snet-data',
        prefix: '10.30.1.0/24',
        occupants: [{ kind: 'PrivateEndpoint', name: 'pe-sql-inventory', count: 1 }],
      }),
      createDelegatedSubnet({
        id: 'snet-pp-wus',
        vnetId: 'vnet2',
        name: 'snet-powerplatform',
        prefix: '10.40.0.0/24',
      }),
      createDelegatedSubnet({
        id: 'snet-pp-eus',
        vnetId: 'vnet3',
        name: 'snet-powerplatform',
        prefix: '10.50.0.0/24',
      }),
    ],
    peerings: [
      createPeering({ id: 'peer-vnet1-vnet2', vnetAId: 'vnet1', vnetBId: 'vnet2' }),
      createPeering({ id: 'peer-vnet1-vnet3', vnetAId: 'vnet1', vnetBId: 'vnet3' }),
    ],
    resources: [
      createResource({
        id: 'sql-inventory',
        name: 'sql-fabrikam-inventory',
        kind: 'Sql',
        placement: { type: 'subnet', subnetId: 'snet-data-cus', privateEndpoint: true },
        privateDnsZoneId: 'dns-sql',
      }),
    ],
    privateDnsZones: [
      createPrivateDnsZone({
        id: 'dns-sql',
        name: 'privatelink.database.windows.net',
        vnetIds: ['vnet1', 'vnet2', 'vnet3'],
      }),
    ],
    layout: {
      'env-prod': { x: 0, y: 160 },
      'policy-us': { x: 280, y: 160 },
      vnet2: { x: 600, y: 0, width: 300, height: 160 },
      'snet-pp-wus': { x: 20, y: 60 },
      vnet3: { x: 600, y: 320, width: 300, height: 160 },
      'snet-pp-eus': { x: 20, y: 60 },
      vnet1: { x: 1000, y: 140, width: 300, height: 180 },
      'snet-data-cus': { x: 20, y: 60 },
      'sql-inventory': { x: 1380, y: 180 },
      'dns-sql': { x: 1380, y: 340 },
    },
  });
}
