/**
 * Subnets that Azure services claim by exact name, with their smallest size.
 * https://learn.microsoft.com/azure/firewall/firewall-faq#why-does-azure-firewall-need-a--26-subnet-size
 * https://learn.microsoft.com/azure/bastion/configuration-settings#subnet
 * https://learn.microsoft.com/azure/route-server/route-server-faq
 * https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub
 */
export interface SpecialSubnet {
  name: string;
  service: string;
  /** Longest prefix Azure accepts (the smallest subnet). */
  minPrefix: number;
  /** Longest prefix Microsoft recommends, when it differs (below it: a warning). */
  recommendedPrefix?: number;
}

export const GATEWAY_SUBNET = 'GatewaySubnet';

export const specialSubnets: readonly SpecialSubnet[] = [
  { name: 'AzureFirewallSubnet', service: 'Azure Firewall', minPrefix: 26 },
  { name: 'AzureFirewallManagementSubnet', service: 'Azure Firewall (forced tunnelling)', minPrefix: 26 },
  { name: 'AzureBastionSubnet', service: 'Azure Bastion', minPrefix: 26 },
  { name: 'RouteServerSubnet', service: 'Azure Route Server', minPrefix: 27 },
  { name: GATEWAY_SUBNET, service: 'VPN and ExpressRoute gateways', minPrefix: 29, recommendedPrefix: 27 },
];

const byName = new Map(specialSubnets.map((s) => [s.name, s]));

/** The special subnet a subnet name claims (the names are exact). */
export function specialSubnet(name: string): SpecialSubnet | undefined {
  return byName.get(name.trim());
}

/** Whether the subnet is a VNet's gateway subnet. */
export function isGatewaySubnet(subnet: { name: string }): boolean {
  return subnet.name.trim() === GATEWAY_SUBNET;
}
