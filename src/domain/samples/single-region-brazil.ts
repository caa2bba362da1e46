/**
 * A single-region geography: Brazil's enterprise policies take one delegated subnet, in Brazil South
 * (the older pairing with South Central US no longer holds). One VNet holds the delegated subnet, with a
 * NAT gateway for internet calls, and a data subnet with the private endpoint of an Azure SQL database.
 * Source: Microsoft's "Virtual Network support overview" region table (single-region geographies).
 */
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createNatGateway,
  createNsg,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createSubnet,
  createVnet,
} from '../model/factories';
import type { Design } from '../model/schema';

export function singleRegionBrazil(): Design {
  return createDesign({
    id: 'single-region-brazil',
    name: 'Single region: Brazil South',
    description:
      'Power Platform in Brazil, a single-region geography: one delegated subnet in Brazil South with a NAT gateway for internet calls; Azure SQL reached through a private endpoint in the same VNet.',
    environments: [
      createEnvironment({
        id: 'env-prod',
        name: 'Woodgrove Produção',
        type: 'Production',
        geography: 'brazil',
        azureRegion: 'brazilsouth',
        callsInternet: true,
        resourceIds: ['sql-ledger'],
        policyIds: ['policy-br'],
      }),
      createEnvironment({
        id: 'env-dev',
        name: 'Woodgrove Dev',
        type: 'Developer',
        geography: 'brazil',
        azureRegion: 'brazilsouth',
        resourceIds: ['sql-ledger'],
        policyIds: ['policy-br'],
      }),
    ],
    policies: [
      createPolicy({
        id: 'policy-br',
        name: 'ep-woodgrove-br',
        location: 'brazil',
        resourceGroup: 'rg-woodgrove-network',
        subnetIds: ['snet-pp-brs'],
      }),
    ],
    vnets: [
      createVnet({
        id: 'vnet-brs',
        name: 'vnet-woodgrove-brazilsouth',
        region: 'brazilsouth',
        resourceGroup: 'rg-woodgrove-network',
        addressPrefixes: ['10.60.0.0/16'],
      }),
    ],
    subnets: [
      createDelegatedSubnet({
        id: 'snet-pp-brs',
        vnetId: 'vnet-brs',
        name: 'snet-powerplatform',
        prefix: '10.60.0.0/25',
        natGatewayId: 'nat-brs',
        nsgId: 'nsg-brs',
      }),
      createSubnet({
        id: 'snet-data-brs',
        vnetId: 'vnet-brs',
        name: 'snet-data',
        prefix: '10.60.1.0/24',
        occupants: [{ kind: 'PrivateEndpoint', name: 'pe-sql-ledger', count: 1 }],
      }),
    ],
    natGateways: [
      createNatGateway({ id: 'nat-brs', name: 'nat-woodgrove-brazilsouth', region: 'brazilsouth' }),
    ],
    nsgs: [createNsg({ id: 'nsg-brs', name: 'nsg-powerplatform-brazilsouth', region: 'brazilsouth' })],
    resources: [
      createResource({
        id: 'sql-ledger',
        name: 'sql-woodgrove-ledger',
        kind: 'Sql',
        placement: { type: 'subnet', subnetId: 'snet-data-brs', privateEndpoint: true },
        privateDnsZoneId: 'dns-sql',
      }),
    ],
    privateDnsZones: [
      createPrivateDnsZone({
        id: 'dns-sql',
        name: 'privatelink.database.windows.net',
        vnetIds: ['vnet-brs'],
      }),
    ],
    layout: {
      'env-prod': { x: 0, y: 40 },
      'env-dev': { x: 0, y: 160 },
      'policy-br': { x: 300, y: 100 },
      'vnet-brs': { x: 600, y: 0, width: 300, height: 280 },
      'snet-pp-brs': { x: 20, y: 70 },
      'snet-data-brs': { x: 20, y: 170 },
      'nat-brs': { x: 1000, y: 0 },
      'nsg-brs': { x: 1000, y: 90 },
      'sql-ledger': { x: 1000, y: 200 },
      'dns-sql': { x: 1000, y: 320 },
    },
  });
}
