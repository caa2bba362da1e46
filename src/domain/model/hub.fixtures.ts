import {
  createBastion,
  createDesign,
  createFirewall,
  createGateway,
  createSubnet,
  createVnet,
} from './factories';
import type { Design } from './schema';

/**
 * A hub VNet with its special subnets and one of each hub object: an Azure Firewall, an NVA (in the
 * subnet holding its IP), a VPN and an ExpressRoute gateway (both in GatewaySubnet), a Bastion host.
 */
export function hubDesign(): Design {
  return createDesign({
    vnets: [
      createVnet({
        id: 'vnet-hub',
        name: 'vnet-hub',
        region: 'westeurope',
        addressPrefixes: ['10.0.0.0/16'],
      }),
    ],
    subnets: [
      createSubnet({
        id: 'snet-afw',
        vnetId: 'vnet-hub',
        name: 'AzureFirewallSubnet',
        prefix: '10.0.1.0/26',
      }),
      createSubnet({ id: 'snet-gw', vnetId: 'vnet-hub', name: 'GatewaySubnet', prefix: '10.0.2.0/27' }),
      createSubnet({ id: 'snet-bas', vnetId: 'vnet-hub', name: 'AzureBastionSubnet', prefix: '10.0.3.0/26' }),
      createSubnet({ id: 'snet-nva', vnetId: 'vnet-hub', name: 'snet-nva', prefix: '10.0.4.0/24' }),
    ],
    firewalls: [
      createFirewall({ id: 'afw-hub', vnetId: 'vnet-hub', name: 'afw-hub', privateIp: '10.0.1.4' }),
      createFirewall({
        id: 'nva-hub',
        vnetId: 'vnet-hub',
        name: 'nva-hub',
        kind: 'NVA',
        privateIp: '10.0.4.10',
      }),
    ],
    gateways: [
      createGateway({ id: 'vgw-vpn', vnetId: 'vnet-hub', name: 'vgw-vpn' }),
      createGateway({
        id: 'vgw-er',
        vnetId: 'vnet-hub',
        name: 'vgw-er',
        type: 'ExpressRoute',
        activeActive: true,
      }),
    ],
    bastions: [createBastion({ id: 'bas-hub', vnetId: 'vnet-hub', name: 'bas-hub', sku: 'Standard' })],
  });
}
