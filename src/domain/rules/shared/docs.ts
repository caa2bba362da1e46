/** Documentation behind the rules (facts.md sources), linked from findings. */
export const DOCS = {
  overview: 'https://learn.microsoft.com/power-platform/admin/vnet-support-overview',
  regions: 'https://learn.microsoft.com/power-platform/admin/vnet-support-overview#supported-regions',
  sizing:
    'https://learn.microsoft.com/power-platform/admin/vnet-support-overview#estimating-subnet-size-for-power-platform-environments',
  setup: 'https://learn.microsoft.com/power-platform/admin/vnet-support-setup-configure',
  vnetFaq: 'https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq',
  peering: 'https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview',
  gatewayTransit: 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-peering-gateway-transit',
  hubSpoke:
    'https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke#communication-between-spokes',
  privateDnsZone:
    'https://learn.microsoft.com/azure/private-link/private-endpoint-dns#virtual-network-workloads-without-custom-dns-server',
  natGateway: 'https://learn.microsoft.com/azure/nat-gateway/nat-gateway-resource',
  nsg: 'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
  naming:
    'https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork',
  limits:
    'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-networking-limits',
  delegation: 'https://learn.microsoft.com/azure/virtual-network/subnet-delegation-overview',
  ipv6: 'https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview',
  manageSubnet: 'https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet',
  gatewaySubnet: 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings#gwsub',
  sovereignClouds: 'https://learn.microsoft.com/azure/azure-government/compare-azure-government-global-azure',
} as const;
