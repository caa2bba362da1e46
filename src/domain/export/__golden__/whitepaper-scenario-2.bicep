// VNet Studio export of design "White paper scenario 2: resources in Central US" for resource group rg-fabrikam-network in subscription 00000000-0000-0000-0000-000000000000.
// Not deployed by this export (do or check these yourself):
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-fabrikam-network) is a placeholder: set the real subscription ID in the design before deploying.
//   - Environment "Fabrikam Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Virtual network "vnet1-centralus" (design object vnet1)
resource vnet1 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet1-centralus'
  location: 'centralus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.30.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-data'
        properties: {
          addressPrefix: '10.30.1.0/24'
        }
      }
    ]
  }
}

// Virtual network "vnet2-westus" (design object vnet2)
resource vnet2 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet2-westus'
  location: 'westus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.40.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.40.0.0/24'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
        }
      }
    ]
  }
}

// Virtual network "vnet3-eastus" (design object vnet3)
resource vnet3 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet3-eastus'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.50.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.50.0.0/24'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
        }
      }
    ]
  }
}

// Peering "vnet1-centralus-to-vnet2-westus" (design object peer-vnet1-vnet2)
resource peeringPeerVnet1Vnet2AToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnet1
  name: 'vnet1-centralus-to-vnet2-westus'
  properties: {
    remoteVirtualNetwork: {
      id: vnet2.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Peering "vnet2-westus-to-vnet1-centralus" (design object peer-vnet1-vnet2)
resource peeringPeerVnet1Vnet2BToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnet2
  name: 'vnet2-westus-to-vnet1-centralus'
  properties: {
    remoteVirtualNetwork: {
      id: vnet1.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Peering "vnet1-centralus-to-vnet3-eastus" (design object peer-vnet1-vnet3)
resource peeringPeerVnet1Vnet3AToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnet1
  name: 'vnet1-centralus-to-vnet3-eastus'
  properties: {
    remoteVirtualNetwork: {
      id: vnet3.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Peering "vnet3-eastus-to-vnet1-centralus" (design object peer-vnet1-vnet3)
resource peeringPeerVnet1Vnet3BToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnet3
  name: 'vnet3-eastus-to-vnet1-centralus'
  properties: {
    remoteVirtualNetwork: {
      id: vnet1.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Enterprise policy "ep-fabrikam-us" (design object policy-us)
resource policyUs 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-fabrikam-us'
  location: 'unitedstates'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnet2.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
        {
          id: vnet3.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-fabrikam-us", used to link environments.')
output policyUsSystemId string = policyUs.properties.systemId

@description('Resource ID of enterprise policy "ep-fabrikam-us" (Enable-SubnetInjection -PolicyArmId).')
output policyUsResourceId string = policyUs.id
