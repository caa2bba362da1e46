// VNet Studio export of design "Hub and spoke with NAT, NSG and routes" for resource group rg-northwind-net in subscription 00000000-0000-0000-0000-000000000000.
// Not deployed by this export (do or check these yourself):
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-northwind-net) is a placeholder: set the real subscription ID in the design before deploying.
//   - Environment "Northwind Dev" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Network security group "nsg-pp-weu" (design object nsg-pp)
resource nsgPp 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}nsg-pp-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-sql-out'
        properties: {
          priority: 100
          direction: 'Outbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'VirtualNetwork'
          sourcePortRange: '*'
          destinationAddressPrefix: 'Sql.WestEurope'
          destinationPortRange: '1433'
        }
      }
      {
        name: 'deny-internet-out'
        properties: {
          priority: 4000
          direction: 'Outbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: 'Internet'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

// Route table "rt-pp-weu" (design object rt-pp)
resource routeTableRtPp 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}rt-pp-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    disableBgpRoutePropagation: true
    routes: [
      {
        name: 'default-via-firewall'
        properties: {
          addressPrefix: '0.0.0.0/0'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: '10.0.1.4'
        }
      }
    ]
  }
}

// Route table "rt-pp-neu" (design object rt-pp-neu)
resource routeTableRtPpNeu 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}rt-pp-neu'
  location: 'northeurope'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: [
      {
        name: 'local'
        properties: {
          addressPrefix: '10.2.0.0/24'
          nextHopType: 'VnetLocal'
        }
      }
    ]
  }
}

// Public IP address "pip-nat-weu" (design object nat-weu)
resource publicIpNatWeu1 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-nat-weu'
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

// Public IP prefix "ippre-nat-weu" (design object nat-weu)
resource publicIpPrefixNatWeu2 'Microsoft.Network/publicIPPrefixes@2025-07-01' = {
  name: '${namePrefix}ippre-nat-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    prefixLength: 30
    publicIPAddressVersion: 'IPv4'
  }
}

// NAT gateway "nat-pp-weu" (design object nat-weu)
resource natGatewayNatWeu 'Microsoft.Network/natGateways@2025-07-01' = {
  name: '${namePrefix}nat-pp-weu'
  location: 'westeurope'
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIpAddresses: [
      {
        id: publicIpNatWeu1.id
      }
    ]
    publicIpPrefixes: [
      {
        id: publicIpPrefixNatWeu2.id
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
    dhcpOptions: {
      dnsServers: [
        '10.0.1.4'
        '10.0.1.5'
      ]
    }
    subnets: [
      {
        name: 'AzureFirewallSubnet'
        properties: {
          addressPrefix: '10.0.1.0/26'
        }
      }
    ]
  }
}

// Virtual network "vnet-pp-weu" (design object vnet-weu)
resource vnetWeu 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-pp-weu'
  location: 'westeurope'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/24'
        '10.1.1.0/24'
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
          addressPrefix: '10.1.0.0/26'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
          networkSecurityGroup: {
            id: nsgPp.id
          }
          routeTable: {
            id: routeTableRtPp.id
          }
          natGateway: {
            id: natGatewayNatWeu.id
          }
        }
      }
      {
        name: 'snet-private-endpoints'
        properties: {
          addressPrefix: '10.1.1.0/27'
          networkSecurityGroup: {
            id: nsgPp.id
          }
        }
      }
    ]
  }
}

// Virtual network "vnet-pp-neu" (design object vnet-neu)
resource vnetNeu 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-pp-neu'
  location: 'northeurope'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/24'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.2.0.0/26'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
          routeTable: {
            id: routeTableRtPpNeu.id
          }
        }
      }
    ]
  }
}

// Peering "hub-to-weu" (design object peer-hub-weu)
resource peeringPeerHubWeuAToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetHub
  name: 'hub-to-weu'
  properties: {
    remoteVirtualNetwork: {
      id: vnetWeu.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: true
    allowGatewayTransit: true
    useRemoteGateways: false
  }
}

// Peering "weu-to-hub" (design object peer-hub-weu)
resource peeringPeerHubWeuBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetWeu
  name: 'weu-to-hub'
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

// Peering "vnet-pp-neu-to-vnet-hub-weu" (design object peer-hub-neu)
resource peeringPeerHubNeuBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetNeu
  name: 'vnet-pp-neu-to-vnet-hub-weu'
  properties: {
    remoteVirtualNetwork: {
      id: vnetHub.id
    }
    allowVirtualNetworkAccess: false
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Public IP address "pip-afw-vnet-hub-weu" (design object afw-hub)
resource publicIpAfwHub 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-afw-vnet-hub-weu'
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

// Azure Firewall "afw-vnet-hub-weu" (design object afw-hub)
resource firewallAfwHub 'Microsoft.Network/azureFirewalls@2025-07-01' = {
  name: '${namePrefix}afw-vnet-hub-weu'
  location: 'westeurope'
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

// Enterprise policy "ep-northwind-eu" (design object policy-eu)
resource policyEu 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-northwind-eu'
  location: 'europe'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnetWeu.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
        {
          id: vnetNeu.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-northwind-eu", used to link environments.')
output policyEuSystemId string = policyEu.properties.systemId

@description('Resource ID of enterprise policy "ep-northwind-eu" (Enable-SubnetInjection -PolicyArmId).')
output policyEuResourceId string = policyEu.id
