/**
 * Factories with sensible defaults and overrides, for tests, samples and the studio's "add" actions.
 */
import {
  type Bastion,
  DELEGATION_ENTERPRISE_POLICIES,
  DESIGN_FORMAT,
  DESIGN_VERSION,
  type Design,
  type EnterprisePolicy,
  type Environment,
  type Firewall,
  type Gateway,
  type NatGateway,
  type NetworkSecurityGroup,
  type Peering,
  type PeeringLink,
  type PrivateDnsZone,
  type PrivateResource,
  type RouteTable,
  type Subnet,
  type VirtualNetwork,
} from './schema';

export const DEFAULT_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000000';
export const DEFAULT_RESOURCE_GROUP = 'rg-powerplatform-network';

export function createDesign(overrides: Partial<Design> = {}): Design {
  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    id: 'design',
    name: 'Untitled design',
    environments: [],
    policies: [],
    vnets: [],
    subnets: [],
    peerings: [],
    natGateways: [],
    nsgs: [],
    routeTables: [],
    resources: [],
    privateDnsZones: [],
    firewalls: [],
    gateways: [],
    bastions: [],
    layout: {},
    ...overrides,
  };
}

export function createEnvironment(overrides: Partial<Environment> & Pick<Environment, 'id'>): Environment {
  return {
    name: overrides.id,
    type: 'Production',
    geography: 'unitedstates',
    managed: true,
    earlyRelease: false,
    callsInternet: false,
    resourceIds: [],
    policyIds: [],
    ...overrides,
  };
}

export function createPolicy(
  overrides: Partial<EnterprisePolicy> & Pick<EnterprisePolicy, 'id'>,
): EnterprisePolicy {
  return {
    name: overrides.id,
    location: 'unitedstates',
    subscriptionId: DEFAULT_SUBSCRIPTION_ID,
    resourceGroup: DEFAULT_RESOURCE_GROUP,
    subnetIds: [],
    ...overrides,
  };
}

export function createVnet(overrides: Partial<VirtualNetwork> & Pick<VirtualNetwork, 'id'>): VirtualNetwork {
  return {
    name: overrides.id,
    region: 'eastus',
    subscriptionId: DEFAULT_SUBSCRIPTION_ID,
    resourceGroup: DEFAULT_RESOURCE_GROUP,
    addressPrefixes: ['10.0.0.0/16'],
    dnsServers: [],
    ...overrides,
  };
}

export function createSubnet(overrides: Partial<Subnet> & Pick<Subnet, 'id' | 'vnetId'>): Subnet {
  return {
    name: overrides.id,
    prefix: '10.0.0.0/24',
    delegations: [],
    occupants: [],
    ...overrides,
  };
}

/** A subnet delegated to Microsoft.PowerPlatform/enterprisePolicies. */
export function createDelegatedSubnet(overrides: Partial<Subnet> & Pick<Subnet, 'id' | 'vnetId'>): Subnet {
  return createSubnet({ delegations: [DELEGATION_ENTERPRISE_POLICIES], ...overrides });
}

export function createPeeringLink(overrides: Partial<PeeringLink> = {}): PeeringLink {
  return {
    allowVirtualNetworkAccess: true,
    allowForwardedTraffic: false,
    allowGatewayTransit: false,
    useRemoteGateways: false,
    ...overrides,
  };
}

export function createPeering(
  overrides: Partial<Peering> & Pick<Peering, 'id' | 'vnetAId' | 'vnetBId'>,
): Peering {
  return { aToB: createPeeringLink(), bToA: createPeeringLink(), ...overrides };
}

export function createNatGateway(overrides: Partial<NatGateway> & Pick<NatGateway, 'id'>): NatGateway {
  return {
    name: overrides.id,
    region: 'eastus',
    sku: 'Standard',
    publicIps: [{ name: `pip-${overrides.id}`, kind: 'Address', sku: 'Standard' }],
    ...overrides,
  };
}

export function createNsg(
  overrides: Partial<NetworkSecurityGroup> & Pick<NetworkSecurityGroup, 'id'>,
): NetworkSecurityGroup {
  return { name: overrides.id, region: 'eastus', rules: [], ...overrides };
}

export function createRouteTable(overrides: Partial<RouteTable> & Pick<RouteTable, 'id'>): RouteTable {
  return {
    name: overrides.id,
    region: 'eastus',
    disableBgpRoutePropagation: false,
    routes: [],
    ...overrides,
  };
}

export function createResource(
  overrides: Partial<PrivateResource> & Pick<PrivateResource, 'id' | 'placement'>,
): PrivateResource {
  return { name: overrides.id, kind: 'Sql', ...overrides };
}

export function createPrivateDnsZone(
  overrides: Partial<PrivateDnsZone> & Pick<PrivateDnsZone, 'id'>,
): PrivateDnsZone {
  return { name: 'privatelink.database.windows.net', vnetIds: [], ...overrides };
}

/** An Azure Firewall (Standard) in a VNet; give `privateIp` its AzureFirewallSubnet's 4th address. */
export function createFirewall(overrides: Partial<Firewall> & Pick<Firewall, 'id' | 'vnetId'>): Firewall {
  return { name: overrides.id, kind: 'AzureFirewall', sku: 'Standard', privateIp: '', ...overrides };
}

/** A VPN gateway (VpnGw1AZ, not active-active) unless the overrides say otherwise. */
export function createGateway(overrides: Partial<Gateway> & Pick<Gateway, 'id' | 'vnetId'>): Gateway {
  const type = overrides.type ?? 'Vpn';
  return {
    name: overrides.id,
    type,
    sku: type === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ',
    activeActive: false,
    ...overrides,
  };
}

export function createBastion(overrides: Partial<Bastion> & Pick<Bastion, 'id' | 'vnetId'>): Bastion {
  return { name: overrides.id, sku: 'Basic', ...overrides };
}
