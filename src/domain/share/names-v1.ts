/**
 * The fixed name lists of link version 1, by index. FROZEN and append-only: the first entry of each list
 * is the one that costs nothing, and every v1 link refers to these positions.
 */

export const ENVIRONMENT_TYPES = ['Production', 'Default', 'Sandbox', 'Developer', 'Trial', 'Teams'] as const;
export const GATEWAY_KINDS = ['Vpn', 'ExpressRoute'] as const;
export const FIREWALL_KINDS = ['AzureFirewall', 'NVA'] as const;
export const OCCUPANT_KINDS = [
  'PrivateEndpoint',
  'VirtualMachine',
  'Gateway',
  'LoadBalancer',
  'Other',
] as const;
export const PUBLIC_IP_KINDS = ['Address', 'Prefix'] as const;
export const PUBLIC_IP_SKUS = ['Standard', 'Basic', 'StandardV2'] as const;
export const NAT_SKUS = ['Standard', 'StandardV2'] as const;
export const DIRECTIONS = ['Inbound', 'Outbound'] as const;
export const ACCESS = ['Allow', 'Deny'] as const;
export const PROTOCOLS = ['*', 'Tcp', 'Udp', 'Icmp', 'Esp', 'Ah'] as const;
export const NEXT_HOPS = [
  'VirtualAppliance',
  'VirtualNetworkGateway',
  'VnetLocal',
  'Internet',
  'None',
] as const;
export const RESOURCE_KINDS = ['Sql', 'Storage', 'KeyVault', 'Api', 'OnPremises', 'Other'] as const;
export const DELEGATIONS = [
  'Microsoft.PowerPlatform/enterprisePolicies',
  'Microsoft.PowerPlatform/vnetaccesslinks',
];

/** Every name list, so a test can check that the schema has no value the format cannot index. */
export const V1_NAME_LISTS = {
  ENVIRONMENT_TYPES,
  GATEWAY_KINDS,
  FIREWALL_KINDS,
  OCCUPANT_KINDS,
  PUBLIC_IP_KINDS,
  PUBLIC_IP_SKUS,
  NAT_SKUS,
  DIRECTIONS,
  ACCESS,
  PROTOCOLS,
  NEXT_HOPS,
  RESOURCE_KINDS,
};
