// VNet Studio export of design "Policy, hub and spokes in different scopes" for resource group rg-policy in subscription 11111111-1111-1111-1111-111111111111.
// Notes:
//   - The design spans 3 scopes (11111111-1111-1111-1111-111111111111/rg-policy, 22222222-2222-2222-2222-222222222222/rg-spokes, 11111111-1111-1111-1111-111111111111/rg-security); this template covers 11111111-1111-1111-1111-111111111111/rg-policy.
//   - Declared in the export for scope 22222222-2222-2222-2222-222222222222/rg-spokes, not in this one: virtual network "vnet-wus".
//   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-security, not in this one: network security group "nsg-shared".
//   - Deploy the scopes in this order, with crossScopePeerings=false: 1) 11111111-1111-1111-1111-111111111111/rg-security, 2) 22222222-2222-2222-2222-222222222222/rg-spokes, 3) 11111111-1111-1111-1111-111111111111/rg-policy; then again with crossScopePeerings=true.
// Not deployed by this export (do or check these yourself):
//   - Policy "ep-us" uses subnet "snet-pp" of VNet "vnet-wus" in 22222222-2222-2222-2222-222222222222/rg-spokes, outside this export's resource group: deploy that VNet first; this template only refers to it by ID.
//   - Environment "Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Deploy the peerings to VNets of other resource groups or subscriptions (false on a first deployment, before those VNets exist).')
param crossScopePeerings bool = true

@description('Tags applied to every top-level resource.')
param tags object = {}

// Virtual network "vnet-eus" (design object vnet-eus)
resource vnetEus 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-eus'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.10.0.0/24'
      ]
    }
    subnets: [
      {
        name: 'snet-pp'
        properties: {
          addressPrefix: '10.10.0.0/26'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
          networkSecurityGroup: {
            id: resourceId('11111111-1111-1111-1111-111111111111', 'rg-security', 'Microsoft.Network/networkSecurityGroups', '${namePrefix}nsg-shared')
          }
        }
      }
    ]
  }
}

// Peering "vnet-eus-to-vnet-wus" (design object peer-eus-wus)
resource peeringPeerEusWusAToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = if (crossScopePeerings) {
  parent: vnetEus
  name: 'vnet-eus-to-vnet-wus'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('22222222-2222-2222-2222-222222222222', 'rg-spokes', 'Microsoft.Network/virtualNetworks', '${namePrefix}vnet-wus')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Enterprise policy "ep-us" (design object policy)
resource policy 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-us'
  location: 'unitedstates'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnetEus.id
          subnet: {
            name: 'snet-pp'
          }
        }
        {
          id: resourceId('22222222-2222-2222-2222-222222222222', 'rg-spokes', 'Microsoft.Network/virtualNetworks', '${namePrefix}vnet-wus')
          subnet: {
            name: 'snet-pp'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-us", used to link environments.')
output policySystemId string = policy.properties.systemId

@description('Resource ID of enterprise policy "ep-us" (Enable-SubnetInjection -PolicyArmId).')
output policyResourceId string = policy.id
