// VNet Studio export of design "White paper scenario 1: resources in a paired region" for resource group rg-contoso-network in subscription 00000000-0000-0000-0000-000000000000.
// Not deployed by this export (do or check these yourself):
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-contoso-network) is a placeholder: set the real subscription ID in the design before deploying.
//   - Environment "Contoso Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
//   - Environment "Contoso UAT" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Virtual network "vnet1-westus" (design object vnet1)
resource vnet1 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet1-westus'
  location: 'westus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.10.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.10.0.0/24'
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
      {
        name: 'snet-data'
        properties: {
          addressPrefix: '10.10.1.0/24'
        }
      }
    ]
  }
}

// Virtual network "vnet2-eastus" (design object vnet2)
resource vnet2 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet2-eastus'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.20.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.20.0.0/24'
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

// Peering "vnet1-westus-to-vnet2-eastus" (design object peer-vnet1-vnet2)
resource peeringPeerVnet1Vnet2AToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnet1
  name: 'vnet1-westus-to-vnet2-eastus'
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

// Peering "vnet2-eastus-to-vnet1-westus" (design object peer-vnet1-vnet2)
resource peeringPeerVnet1Vnet2BToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnet2
  name: 'vnet2-eastus-to-vnet1-westus'
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

// Enterprise policy "ep-contoso-us" (design object policy-us)
resource policyUs 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-contoso-us'
  location: 'unitedstates'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnet1.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
        {
          id: vnet2.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-contoso-us", used to link environments.')
output policyUsSystemId string = policyUs.properties.systemId

@description('Resource ID of enterprise policy "ep-contoso-us" (Enable-SubnetInjection -PolicyArmId).')
output policyUsResourceId string = policyUs.id
