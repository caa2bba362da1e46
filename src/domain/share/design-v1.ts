/**
 * The design document of format version 1 as link version 1 carries it. FROZEN: these types, the
 * collection list and the constants below are what every v1 link was written from, copied here so that
 * the live schema (`model/schema.ts`) can move on without changing how old links decode.
 */
import type {
  ACCESS,
  DIRECTIONS,
  ENVIRONMENT_TYPES,
  FIREWALL_KINDS,
  GATEWAY_KINDS,
  NAT_SKUS,
  NEXT_HOPS,
  OCCUPANT_KINDS,
  PROTOCOLS,
  PUBLIC_IP_KINDS,
  PUBLIC_IP_SKUS,
  RESOURCE_KINDS,
} from './names-v1';

type Of<T extends readonly string[]> = T[number];

/** The collections of a version-1 document, in the order a v1 payload stores them. */
export const COLLECTIONS_V1 = [
  'environments',
  'policies',
  'vnets',
  'subnets',
  'peerings',
  'natGateways',
  'nsgs',
  'routeTables',
  'resources',
  'privateDnsZones',
] as const;
export type CollectionV1 = (typeof COLLECTIONS_V1)[number];

/** The defaults a v1 payload leaves out of a policy and a VNet. */
export const DEFAULT_SUBSCRIPTION_ID_V1 = '00000000-0000-0000-0000-000000000000';
export const DEFAULT_RESOURCE_GROUP_V1 = 'rg-powerplatform-network';
/** Most objects a v1 layout entry list may describe (the format's object cap when v1 was released). */
export const MAX_LAYOUT_ENTRIES_V1 = 20000;

export interface EnvironmentV1 {
  id: string;
  name: string;
  environmentId?: string;
  type: Of<typeof ENVIRONMENT_TYPES>;
  geography: string;
  azureRegion?: string;
  managed: boolean;
  earlyRelease: boolean;
  callsInternet: boolean;
  resourceIds: string[];
  policyIds: string[];
}

export interface PolicyV1 {
  id: string;
  name: string;
  location: string;
  subscriptionId: string;
  resourceGroup: string;
  subnetIds: string[];
}

export interface FirewallV1 {
  kind: Of<typeof FIREWALL_KINDS>;
  privateIp: string;
}

export interface VnetV1 {
  id: string;
  name: string;
  region: string;
  subscriptionId: string;
  resourceGroup: string;
  addressPrefixes: string[];
  dnsServers: string[];
  gateway?: Of<typeof GATEWAY_KINDS>;
  firewall?: FirewallV1;
}

export interface OccupantV1 {
  kind: Of<typeof OCCUPANT_KINDS>;
  name: string;
  count: number;
}

export interface SubnetV1 {
  id: string;
  vnetId: string;
  name: string;
  prefix: string;
  ipv6Prefix?: string;
  delegations: string[];
  natGatewayId?: string;
  nsgId?: string;
  routeTableId?: string;
  occupants: OccupantV1[];
}

export interface PeeringLinkV1 {
  name?: string;
  allowVirtualNetworkAccess: boolean;
  allowForwardedTraffic: boolean;
  allowGatewayTransit: boolean;
  useRemoteGateways: boolean;
}

export interface PeeringV1 {
  id: string;
  vnetAId: string;
  vnetBId: string;
  aToB: PeeringLinkV1 | null;
  bToA: PeeringLinkV1 | null;
}

export interface PublicIpV1 {
  name: string;
  kind: Of<typeof PUBLIC_IP_KINDS>;
  sku: Of<typeof PUBLIC_IP_SKUS>;
  prefixLength?: number;
}

export interface NatGatewayV1 {
  id: string;
  name: string;
  region: string;
  subscriptionId?: string;
  resourceGroup?: string;
  sku: Of<typeof NAT_SKUS>;
  publicIps: PublicIpV1[];
}

export interface SecurityRuleV1 {
  name: string;
  priority: number;
  direction: Of<typeof DIRECTIONS>;
  access: Of<typeof ACCESS>;
  protocol: Of<typeof PROTOCOLS>;
  sourceAddressPrefix: string;
  sourcePortRange: string;
  destinationAddressPrefix: string;
  destinationPortRange: string;
}

export interface NsgV1 {
  id: string;
  name: string;
  region: string;
  subscriptionId?: string;
  resourceGroup?: string;
  rules: SecurityRuleV1[];
}

export interface RouteV1 {
  name: string;
  addressPrefix: string;
  nextHopType: Of<typeof NEXT_HOPS>;
  nextHopIpAddress?: string;
}

export interface RouteTableV1 {
  id: string;
  name: string;
  region: string;
  subscriptionId?: string;
  resourceGroup?: string;
  disableBgpRoutePropagation: boolean;
  routes: RouteV1[];
}

export type PlacementV1 =
  | { type: 'subnet'; subnetId: string; privateEndpoint: boolean }
  | { type: 'onPremises'; gatewayVnetId: string; addressPrefixes: string[] };

export interface ResourceV1 {
  id: string;
  name: string;
  kind: Of<typeof RESOURCE_KINDS>;
  placement: PlacementV1;
  privateDnsZoneId?: string;
}

export interface DnsZoneV1 {
  id: string;
  name: string;
  vnetIds: string[];
}

export interface PositionV1 {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/** A design document of format version 1, without `format` and `version`. */
export interface DesignBodyV1 {
  id: string;
  name: string;
  description?: string;
  environments: EnvironmentV1[];
  policies: PolicyV1[];
  vnets: VnetV1[];
  subnets: SubnetV1[];
  peerings: PeeringV1[];
  natGateways: NatGatewayV1[];
  nsgs: NsgV1[];
  routeTables: RouteTableV1[];
  resources: ResourceV1[];
  privateDnsZones: DnsZoneV1[];
  layout: Record<string, PositionV1>;
}
