/**
 * Hub and spoke in the United States: the delegated subnets live in two spoke VNets (East US and West
 * US), the hub holds an Azure Firewall and a VPN gateway to on-premises, and the enterprise's SQL
 * database sits in a third spoke. Peering is not transitive, so each delegated subnet has a route table
 * sending 0.0.0.0/0 to the firewall, and the peerings allow forwarded traffic; the delegated spokes use
 * the hub's gateway (gateway transit) to reach on-premises.
 * Source: the white paper's guidance on hub-and-spoke networks and Azure's hub-spoke reference topology.
 */
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createFirewall,
  createGateway,
  createPeering,
  createPeeringLink,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createRouteTable,
  createSubnet,
  createVnet,
} from '../model/factories';
import type { Design, Peering } from '../model/schema';

const FIREWALL_IP = '10.0.1.4';
const RG = 'rg-northwind-network';

/** A hub ↔ spoke peering: forwarding both ways, gateway transit from the hub when the spoke uses it. */
function hubPeering(id: string, spokeId: string, useGateway: boolean): Peering {
  return createPeering({
    id,
    vnetAId: 'vnet-hub',
    vnetBId: spokeId,
    aToB: createPeeringLink({ allowForwardedTraffic: true, allowGatewayTransit: useGateway }),
    bToA: createPeeringLink({ allowForwardedTraffic: true, useRemoteGateways: useGateway }),
  });
}

const toFirewall = (region: string, id: string) =>
  createRouteTable({
    id,
    name: `rt-powerplatform-${region}`,
    region,
    resourceGroup: RG,
    routes: [
      {
        name: 'default-to-firewall',
        addressPrefix: '0.0.0.0/0',
        nextHopType: 'VirtualAppliance',
        nextHopIpAddress: FIREWALL_IP,
      },
    ],
  });

export function hubAndSpoke(): Design {
  return createDesign({
    id: 'hub-and-spoke',
    name: 'Hub and spoke with Azure Firewall',
    description:
      'United States: delegated subnets in spokes in East US and West US; the hub (East US) has an Azure Firewall and a VPN gateway; SQL in a workload spoke reached through the firewall.',
    environments: [
      createEnvironment({
        id: 'env-prod',
        name: 'Northwind Production',
        type: 'Production',
        geography: 'unitedstates',
        azureRegion: 'eastus',
        callsInternet: true,
        resourceIds: ['sql-sales', 'onprem-erp'],
        policyIds: ['policy-us'],
      }),
      createEnvironment({
        id: 'env-test',
        name: 'Northwind Test',
        type: 'Sandbox',
        geography: 'unitedstates',
        azureRegion: 'eastus',
        resourceIds: ['sql-sales'],
        policyIds: ['policy-us'],
      }),
    ],
    policies: [
      createPolicy({
        id: 'policy-us',
        name: 'ep-northwind-us',
        location: 'unitedstates',
        resourceGroup: RG,
        subnetIds: ['snet-pp-eus', 'snet-pp-wus'],
      }),
    ],
    vnets: [
      createVnet({
        id: 'vnet-spoke-eus',
        name: 'vnet-spoke-pp-eastus',
        region: 'eastus',
        resourceGroup: RG,
        addressPrefixes: ['10.1.0.0/16'],
        dnsServers: [FIREWALL_IP],
      }),
      createVnet({
        id: 'vnet-spoke-wus',
        name: 'vnet-spoke-pp-westus',
        region: 'westus',
        resourceGroup: RG,
        addressPrefixes: ['10.2.0.0/16'],
        dnsServers: [FIREWALL_IP],
      }),
      createVnet({
        id: 'vnet-hub',
        name: 'vnet-hub-eastus',
        region: 'eastus',
        resourceGroup: RG,
        addressPrefixes: ['10.0.0.0/16'],
      }),
      createVnet({
        id: 'vnet-workload',
        name: 'vnet-workload-eastus',
        region: 'eastus',
        resourceGroup: RG,
        addressPrefixes: ['10.3.0.0/16'],
        dnsServers: [FIREWALL_IP],
      }),
    ],
    subnets: [
      createDelegatedSubnet({
        id: 'snet-pp-eus',
        vnetId: 'vnet-spoke-eus',
        name: 'snet-powerplatform',
        prefix: '10.1.0.0/24',
        routeTableId: 'rt-eus',
      }),
      createDelegatedSubnet({
        id: 'snet-pp-wus',
        vnetId: 'vnet-spoke-wus',
        name: 'snet-powerplatform',
        prefix: '10.2.0.0/24',
        routeTableId: 'rt-wus',
      }),
      createSubnet({
        id: 'snet-gateway',
        vnetId: 'vnet-hub',
        name: 'GatewaySubnet',
        prefix: '10.0.0.0/27',
        occupants: [{ kind: 'Gateway', name: 'vpngw-northwind', count: 2 }],
      }),
      createSubnet({
        id: 'snet-firewall',
        vnetId: 'vnet-hub',
        name: 'AzureFirewallSubnet',
        prefix: '10.0.1.0/26',
        occupants: [{ kind: 'Other', name: 'afw-northwind', count: 2 }],
      }),
      createSubnet({
        id: 'snet-data',
        vnetId: 'vnet-workload',
        name: 'snet-data',
        prefix: '10.3.1.0/24',
        occupants: [{ kind: 'PrivateEndpoint', name: 'pe-sql-sales', count: 1 }],
      }),
    ],
    peerings: [
      hubPeering('peer-hub-spoke-eus', 'vnet-spoke-eus', true),
      hubPeering('peer-hub-spoke-wus', 'vnet-spoke-wus', true),
      hubPeering('peer-hub-workload', 'vnet-workload', false),
    ],
    firewalls: [
      createFirewall({
        id: 'afw-hub',
        vnetId: 'vnet-hub',
        name: 'afw-vnet-hub-eastus',
        privateIp: FIREWALL_IP,
      }),
    ],
    gateways: [createGateway({ id: 'vgw-hub', vnetId: 'vnet-hub', name: 'vgw-vnet-hub-eastus' })],
    routeTables: [toFirewall('eastus', 'rt-eus'), toFirewall('westus', 'rt-wus')],
    resources: [
      createResource({
        id: 'sql-sales',
        name: 'sql-northwind-sales',
        kind: 'Sql',
        placement: { type: 'subnet', subnetId: 'snet-data', privateEndpoint: true },
        privateDnsZoneId: 'dns-sql',
      }),
      createResource({
        id: 'onprem-erp',
        name: 'Northwind ERP (on premises)',
        kind: 'OnPremises',
        placement: { type: 'onPremises', gatewayVnetId: 'vnet-hub', addressPrefixes: ['192.168.0.0/16'] },
      }),
    ],
    privateDnsZones: [
      createPrivateDnsZone({
        id: 'dns-sql',
        name: 'privatelink.database.windows.net',
        vnetIds: ['vnet-hub', 'vnet-workload', 'vnet-spoke-eus', 'vnet-spoke-wus'],
      }),
    ],
    layout: {
      'env-prod': { x: 0, y: 120 },
      'env-test': { x: 0, y: 260 },
      'policy-us': { x: 300, y: 190 },
      'vnet-spoke-eus': { x: 600, y: 0, width: 300, height: 180 },
      'snet-pp-eus': { x: 20, y: 70 },
      'vnet-spoke-wus': { x: 600, y: 300, width: 300, height: 180 },
      'snet-pp-wus': { x: 20, y: 70 },
      'rt-eus': { x: 620, y: 200 },
      'rt-wus': { x: 620, y: 500 },
      'vnet-hub': { x: 1000, y: 100, width: 300, height: 280 },
      'snet-gateway': { x: 20, y: 70 },
      'snet-firewall': { x: 20, y: 170 },
      'vnet-workload': { x: 1400, y: 0, width: 300, height: 180 },
      'snet-data': { x: 20, y: 70 },
      'sql-sales': { x: 1440, y: 220 },
      'onprem-erp': { x: 1400, y: 340 },
      'dns-sql': { x: 1000, y: 440 },
    },
  });
}
