// VNet Studio export of design "Hub and spoke with Azure Firewall" for resource group rg-northwind-network in subscription 00000000-0000-0000-0000-000000000000.
// Not deployed by this export (do or check these yourself):
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-northwind-network) is a placeholder: set the real subscription ID in the design before deploying.
//   - Environment "Northwind Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
//   - Environment "Northwind Test" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Route table "rt-powerplatform-eastus" (design object rt-eus)
resource routeTableRtEus 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}rt-powerplatform-eastus'
  location: 'eastus'
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
    ]
  }
}

// Route table "rt-powerplatform-westus" (design object rt-wus)
resource routeTableRtWus 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}rt-powerplatform-westus'
  location: 'westus'
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
    ]
  }
}

// Virtual network "vnet-spoke-pp-eastus" (design object vnet-spoke-eus)
resource vnetSpokeEus 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-spoke-pp-eastus'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    dhcpOptions: {
      dnsServers: [
        '10.0.1.4'
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
            id: routeTableRtEus.id
          }
        }
      }
    ]
  }
}

// Virtual network "vnet-spoke-pp-westus" (design object vnet-spoke-wus)
resource vnetSpokeWus 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-spoke-pp-westus'
  location: 'westus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
    dhcpOptions: {
      dnsServers: [
        '10.0.1.4'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.2.0.0/24'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
          routeTable: {
            id: routeTableRtWus.id
          }
        }
      }
    ]
  }
}

// Virtual network "vnet-hub-eastus" (design object vnet-hub)
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-hub-eastus'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
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
    ]
  }
}

// Virtual network "vnet-workload-eastus" (design object vnet-workload)
resource vnetWorkload 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-workload-eastus'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.3.0.0/16'
      ]
    }
    dhcpOptions: {
      dnsServers: [
        '10.0.1.4'
      ]
    }
    subnets: [
      {
        name: 'snet-data'
        properties: {
          addressPrefix: '10.3.1.0/24'
        }
      }
    ]
  }
}

// Peering "vnet-hub-eastus-to-vnet-spoke-pp-eastus" (design object peer-hub-spoke-eus)
resource peeringPeerHubSpokeEusAToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'vnet-hub-eastus-to-vnet-spoke-pp-eastus'
  properties: {
    remoteVirtualNetwork: {
      id: vnetSpokeEus.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
}

// Peering "vnet-spoke-pp-eastus-to-vnet-hub-eastus" (design object peer-hub-spoke-eus)
resource peeringPeerHubSpokeEusBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetSpokeEus
  name: 'vnet-spoke-pp-eastus-to-vnet-hub-eastus'
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

// Peering "vnet-hub-eastus-to-vnet-spoke-pp-westus" (design object peer-hub-spoke-wus)
resource peeringPeerHubSpokeWusAToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'vnet-hub-eastus-to-vnet-spoke-pp-westus'
  properties: {
    remoteVirtualNetwork: {
      id: vnetSpokeWus.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
}

// Peering "vnet-spoke-pp-westus-to-vnet-hub-eastus" (design object peer-hub-spoke-wus)
resource peeringPeerHubSpokeWusBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetSpokeWus
  name: 'vnet-spoke-pp-westus-to-vnet-hub-eastus'
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

// Peering "vnet-hub-eastus-to-vnet-workload-eastus" (design object peer-hub-workload)
resource peeringPeerHubWorkloadAToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'vnet-hub-eastus-to-vnet-workload-eastus'
  properties: {
    remoteVirtualNetwork: {
      id: vnetWorkload.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Peering "vnet-workload-eastus-to-vnet-hub-eastus" (design object peer-hub-workload)
resource peeringPeerHubWorkloadBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetWorkload
  name: 'vnet-workload-eastus-to-vnet-hub-eastus'
  properties: {
    remoteVirtualNetwork: {
      id: vnetHub.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Public IP address "pip-afw-vnet-hub-eastus" (design object afw-hub)
resource publicIpAfwHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-afw-vnet-hub-eastus'
  location: 'eastus'
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

// Azure Firewall "afw-vnet-hub-eastus" (design object afw-hub)
resource firewallAfwHub 'Microsoft.Network/azureFirewalls@2025-07-01' = {
  name: '${namePrefix}afw-vnet-hub-eastus'
  location: 'eastus'
  tags: tags
  properties: {
    sku: {
      name: 'AZFW_VNet'
      tier: 'Standard'
    }
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', '${namePrefix}vnet-hub-eastus', 'AzureFirewallSubnet')
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

// Public IP address "pip-vgw-vnet-hub-eastus" (design object vgw-hub)
resource publicIpVgwHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-vgw-vnet-hub-eastus'
  location: 'eastus'
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

// Virtual network gateway "vgw-vnet-hub-eastus" (design object vgw-hub)
resource gatewayVgwHub 'Microsoft.Network/virtualNetworkGateways@2025-07-01' = {
  name: '${namePrefix}vgw-vnet-hub-eastus'
  location: 'eastus'
  tags: tags
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: {
      name: 'VpnGw1AZ'
      tier: 'VpnGw1AZ'
    }
    activeActive: false
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', '${namePrefix}vnet-hub-eastus', 'GatewaySubnet')
          }
          publicIPAddress: {
            id: publicIpVgwHub.id
          }
        }
      }
    ]
  }
  dependsOn: [
    vnetHub
  ]
}

// Enterprise policy "ep-northwind-us" (design object policy-us)
resource policyUs 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-northwind-us'
  location: 'unitedstates'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnetSpokeEus.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
        {
          id: vnetSpokeWus.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-northwind-us", used to link environments.')
output policyUsSystemId string = policyUs.properties.systemId

@description('Resource ID of enterprise policy "ep-northwind-us" (Enable-SubnetInjection -PolicyArmId).')
output policyUsResourceId string = policyUs.id
