/**
 * Azure limits and reserved ranges behind the NET and SUB rules.
 * Sources: https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq and
 * https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits
 */

/** Azure reserves the network address, .1, .2, .3 and the broadcast address in every subnet. */
export const AZURE_RESERVED_PER_SUBNET = 5;
export const SMALLEST_SUBNET_PREFIX = 29;
export const LARGEST_SUBNET_PREFIX = 2;
export const MAX_SUBNETS_PER_VNET = 3000;
export const MAX_PEERINGS_PER_VNET = 500;
export const MAX_DNS_SERVERS_PER_VNET = 20;
export const MAX_NAT_PUBLIC_IPS = 16;

/** Ranges Azure never allows in a VNet. */
export const FORBIDDEN_RANGES: readonly string[] = [
  '224.0.0.0/4',
  '255.255.255.255/32',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '168.63.129.16/32',
];

/** RFC 1918 plus the shared address space Azure treats as private. */
export const PRIVATE_RANGES: readonly string[] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
];

/** Azure-provided DNS. */
export const AZURE_DNS_IP = '168.63.129.16';

/**
 * Power Platform subnet demand per environment (upper ends of Microsoft's estimates).
 * https://learn.microsoft.com/power-platform/admin/vnet-support-overview#estimating-subnet-size-for-power-platform-environments
 */
export const DEMAND_PER_PRODUCTION_ENV = 30;
export const DEMAND_PER_NON_PRODUCTION_ENV = 10;

/** Microsoft's usage diagnostics: 75 % warns, 90 % is "close to full". */
export const USAGE_WARN_RATIO = 0.75;
export const USAGE_NEAR_FULL_RATIO = 0.9;

/** The white paper's older rule of thumb, environments per /24 by load. */
export const WHITEPAPER_ENVS_PER_SLASH24 = {
  high: [3, 5],
  medium: [10, 20],
  low: [20, 50],
} as const;

export const VNET_NAME = { min: 2, max: 64 } as const;
export const SUBNET_NAME = { min: 1, max: 80 } as const;

/**
 * IPv6 subnets are exactly /64; a dual-stack VNet still needs an IPv4 prefix.
 * https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview#limitations
 */
export const IPV6_SUBNET_PREFIX = 64;
