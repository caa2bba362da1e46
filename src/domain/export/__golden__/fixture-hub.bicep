// VNet Studio export of design "Hub with a firewall, gateways and Bastion hosts" for resource group rg-hub in subscription 3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11.
// Not deployed by this export (do or check these yourself):
//   - Route "to-nva" of route table "rt-pp-weu" sends 10.9.0.0/16 to 10.0.3.4, which this export does not deploy (the appliance of VNet "vnet-hub-weu"): deploy it at that address before relying on the route.
//   - Already in Azure, referred to and not deployed: virtual network "vnet-shared-weu".

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Virtual network "vnet-shared-weu" (design object vnet-shared), already in Azure
resource vnetShared 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-shared-weu'
}

// Route table "rt-pp-weu" (design object rt-pp)
resource routeTableRtPp 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}rt-pp-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: [
      {
        name: 'default-to-firewall'
        properties: {
          addressPrefix: '0.0.0.0/0'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: '10.0.1.4'
        }
      }
      {
        name: 'to-nva'
        properties: {
          addressPrefix: '10.9.0.0/16'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: '10.0.3.4'
        }
      }
    ]
  }
}

// Virtual network "vnet-hub-weu" (design object vnet-hub)
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-hub-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/22'
      ]
    }
    subnets: [
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.0.0.0/27'
        }
      }
      {
        name: 'AzureFirewallSubnet'
        properties: {
          addressPrefix: '10.0.1.0/26'
        }
      }
      {
        name: 'AzureBastionSubnet'
        properties: {
          addressPrefix: '10.0.2.0/26'
        }
      }
      {
        name: 'snet-nva'
        properties: {
          addressPrefix: '10.0.3.0/27'
        }
      }
    ]
  }
}

// Virtual network "vnet-pp-weu" (design object vnet-pp)
resource vnetPp 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-pp-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/24'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.1.0.0/24'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
          routeTable: {
            id: routeTableRtPp.id
          }
        }
      }
    ]
  }
}

// Subnet "AzureBastionSubnet" (design object snet-shared-bas)
resource subnetSnetSharedBas 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetShared
  name: 'AzureBastionSubnet'
  properties: {
    addressPrefix: '10.2.0.64/26'
  }
}

// Peering "vnet-hub-weu-to-vnet-pp-weu" (design object peer-hub-pp)
resource peeringPeerHubPpAToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'vnet-hub-weu-to-vnet-pp-weu'
  properties: {
    remoteVirtualNetwork: {
      id: vnetPp.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
}

// Peering "vnet-pp-weu-to-vnet-hub-weu" (design object peer-hub-pp)
resource peeringPeerHubPpBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetPp
  name: 'vnet-pp-weu-to-vnet-hub-weu'
  properties: {
    remoteVirtualNetwork: {
      id: vnetHub.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: true
  }
}

// Public IP address "pip-afw-hub-weu" (design object afw-hub)
resource publicIpAfwHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-afw-hub-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// Azure Firewall "afw-hub-weu" (design object afw-hub)
resource firewallAfwHub 'Microsoft.Network/azureFirewalls@2025-07-01' = {
  name: '${namePrefix}afw-hub-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    sku: {
      name: 'AZFW_VNet'
      tier: 'Premium'
    }
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', '${namePrefix}vnet-hub-weu', 'AzureFirewallSubnet')
          }
          publicIPAddress: {
            id: publicIpAfwHub.id
          }
        }
      }
    ]
  }
  dependsOn: [
    vnetHub
  ]
}

// Public IP address "pip-vgw-vpn-weu-1" (design object vgw-vpn)
resource publicIpVgwVpn1 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-vgw-vpn-weu-1'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// Public IP address "pip-vgw-vpn-weu-2" (design object vgw-vpn)
resource publicIpVgwVpn2 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-vgw-vpn-weu-2'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// Virtual network gateway "vgw-vpn-weu" (design object vgw-vpn)
resource gatewayVgwVpn 'Microsoft.Network/virtualNetworkGateways@2025-07-01' = {
  name: '${namePrefix}vgw-vpn-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: {
      name: 'VpnGw2AZ'
      tier: 'VpnGw2AZ'
    }
    activeActive: true
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', '${namePrefix}vnet-hub-weu', 'GatewaySubnet')
          }
          publicIPAddress: {
            id: publicIpVgwVpn1.id
          }
        }
      }
      {
        name: 'activeActive'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', '${namePrefix}vnet-hub-weu', 'GatewaySubnet')
          }
          publicIPAddress: {
            id: publicIpVgwVpn2.id
          }
        }
      }
    ]
  }
  dependsOn: [
    vnetHub
  ]
}

// Public IP address "pip-vgw-er-weu" (design object vgw-er)
resource publicIpVgwEr 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-vgw-er-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// Virtual network gateway "vgw-er-weu" (design object vgw-er)
resource gatewayVgwEr 'Microsoft.Network/virtualNetworkGateways@2025-07-01' = {
  name: '${namePrefix}vgw-er-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    gatewayType: 'ExpressRoute'
    sku: {
      name: 'ErGw1AZ'
      tier: 'ErGw1AZ'
    }
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', '${namePrefix}vnet-hub-weu', 'GatewaySubnet')
          }
          publicIPAddress: {
            id: publicIpVgwEr.id
          }
        }
      }
    ]
  }
  dependsOn: [
    vnetHub
  ]
}

// Public IP address "pip-bas-hub-weu" (design object bas-hub)
resource publicIpBasHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-bas-hub-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// Azure Bastion "bas-hub-weu" (design object bas-hub)
resource bastionBasHub 'Microsoft.Network/bastionHosts@2025-07-01' = {
  name: '${namePrefix}bas-hub-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    ipConfigurations: [
      {
        name: 'IpConf'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', '${namePrefix}vnet-hub-weu', 'AzureBastionSubnet')
          }
          publicIPAddress: {
            id: publicIpBasHub.id
          }
        }
      }
    ]
  }
  dependsOn: [
    vnetHub
  ]
}

// Public IP address "pip-bas-shared-weu" (design object bas-shared)
resource publicIpBasShared 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-bas-shared-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

// Azure Bastion "bas-shared-weu" (design object bas-shared)
resource bastionBasShared 'Microsoft.Network/bastionHosts@2025-07-01' = {
  name: '${namePrefix}bas-shared-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    ipConfigurations: [
      {
        name: 'IpConf'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-shared-weu', 'AzureBastionSubnet')
          }
          publicIPAddress: {
            id: publicIpBasShared.id
          }
        }
      }
    ]
  }
  dependsOn: [
    subnetSnetSharedBas
  ]
}

// Enterprise policy "ep-contoso" (design object policy)
resource policy 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-contoso'
  location: 'europe'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnetPp.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-contoso", used to link environments.')
output policySystemId string = policy.properties.systemId

@description('Resource ID of enterprise policy "ep-contoso" (Enable-SubnetInjection -PolicyArmId).')
output policyResourceId string = policy.id
