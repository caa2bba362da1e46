/**
 * White paper sample scenario 1: the enterprise's Azure resources are in one of the paired regions
 * (VNET1, West US) and the Power Platform environment is in the United States. Delegated subnets in VNET1
 * (West US) and VNET2 (East US), VNET1 and VNET2 peered.
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

export function whitepaperScenario1(): Design {
  return createDesign({
    id: 'whitepaper-scenario-1',
    name: 'White paper scenario 1: resources in a paired region',
    description:
      'Power Platform in the United States; the enterprise resources are in VNET1 (West US). Delegated subnets in VNET1 (West US) and VNET2 (East US); VNET1 and VNET2 are peered.',
    environments: [
      createEnvironment({
        id: 'env-prod',
        name: 'Contoso Production',
        type: 'Production',
        geography: 'unitedstates',
        azureRegion: 'westus',
        resourceIds: ['sql-orders'],
        policyIds: ['policy-us'],
      }),
      createEnvironment({
        id: 'env-uat',
        name: 'Contoso UAT',
        type: 'Sandbox',
        geography: 'unitedstates',
        azureRegion: 'westus',
        resourceIds: ['sql-orders'],
        policyIds: ['policy-us'],
      }),
    ],
    policies: [
      createPolicy({
        id: 'policy-us',
        name: 'ep-contoso-us',
        location: 'unitedstates',
        resourceGroup: 'rg-contoso-network',
        subnetIds: ['snet-pp-wus', 'snet-pp-eus'],
      }),
    ],
    vnets: [
      createVnet({
        id: 'vnet1',
        name: 'vnet1-westus',
        region: 'westus',
        resourceGroup: 'rg-contoso-network',
        addressPrefixes: ['10.10.0.0/16'],
      }),
      createVnet({
        id: 'vnet2',
        name: 'vnet2-eastus',
        region: 'eastus',
        resourceGroup: 'rg-contoso-network',
        addressPrefixes: ['10.20.0.0/16'],
      }),
    ],
    subnets: [
      createDelegatedSubnet({
        id: 'snet-pp-wus',
        vnetId: 'vnet1',
        name: 'snet-powerplatform',
        prefix: '10.10.0.0/24',
      }),
      createSubnet({
        id: 'snet-data-wus',
        vnetId: 'vnet1',
        name: 'snet-data',
        prefix: '10.10.1.0/24',
        occupants: [{ kind: 'PrivateEndpoint', name: 'pe-sql-orders', count: 1 }],
      }),
      createDelegatedSubnet({
        id: 'snet-pp-eus',
        vnetId: 'vnet2',
        name: 'snet-powerplatform',
        prefix: '10.20.0.0/24',
      }),
    ],
    peerings: [createPeering({ id: 'peer-vnet1-vnet2', vnetAId: 'vnet1', vnetBId: 'vnet2' })],
    resources: [
      createResource({
        id: 'sql-orders',
        name: 'sql-contoso-orders',
        kind: 'Sql',
        placement: { type: 'subnet', subnetId: 'snet-data-wus', privateEndpoint: true },
        privateDnsZoneId: 'dns-sql',
      }),
    ],
    privateDnsZones: [
      createPrivateDnsZone({
        id: 'dns-sql',
        name: 'privatelink.database.windows.net',
        vnetIds: ['vnet1', 'vnet2'],
      }),
    ],
    layout: {
      'env-prod': { x: 0, y: 40 },
      'env-uat': { x: 0, y: 200 },
      'policy-us': { x: 280, y: 120 },
      vnet1: { x: 600, y: 0, width: 300, height: 260 },
      'snet-pp-wus': { x: 20, y: 60 },
      'snet-data-wus': { x: 20, y: 160 },
      vnet2: { x: 600, y: 320, width: 300, height: 160 },
      'snet-pp-eus': { x: 20, y: 60 },
      'sql-orders': { x: 980, y: 140 },
      'dns-sql': { x: 980, y: 320 },
    },
  });
}
