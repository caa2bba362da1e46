/**
 * The name lists link version 3 adds, by index. FROZEN and append-only, like `names-v1.ts`: the first
 * entry of each list is the one that costs nothing, and every v3 link refers to these positions.
 */

export const FIREWALL_SKUS_V3 = ['Standard', 'Premium'] as const;
export const GATEWAY_SKUS_V3 = [
  'VpnGw1AZ',
  'VpnGw2AZ',
  'VpnGw3AZ',
  'VpnGw4AZ',
  'VpnGw5AZ',
  'VpnGw1',
  'VpnGw2',
  'VpnGw3',
  'VpnGw4',
  'VpnGw5',
  'ErGw1AZ',
  'ErGw2AZ',
  'ErGw3AZ',
  'ErGwScale',
  'Standard',
  'HighPerformance',
  'UltraPerformance',
] as const;
export const BASTION_SKUS_V3 = ['Basic', 'Standard', 'Premium'] as const;
