// VNet Studio export of design "Policy, hub and spokes in different scopes" for resource group rg-spokes in subscription 22222222-2222-2222-2222-222222222222.
// Notes:
//   - The design spans 3 scopes (22222222-2222-2222-2222-222222222222/rg-spokes, 11111111-1111-1111-1111-111111111111/rg-policy, 11111111-1111-1111-1111-111111111111/rg-security); this template covers 22222222-2222-2222-2222-222222222222/rg-spokes.
//   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-policy, not in this one: enterprise policy "ep-us", virtual network "vnet-eus".
//   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-security, not in this one: network security group "nsg-shared".
//   - Deploy the scopes in this order, with crossScopePeerings=false: 1) 11111111-1111-1111-1111-111111111111/rg-security, 2) 22222222-2222-2222-2222-222222222222/rg-spokes, 3) 11111111-1111-1111-1111-111111111111/rg-policy; then again with crossScopePeerings=true.

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Deploy the peerings to VNets of other resource groups or subscriptions (false on a first deployment, before those VNets exist).')
param crossScopePeerings bool = true

@description('Tags applied to every top-level resource.')
param tags object = {}

// Virtual network "vnet-wus" (design object vnet-wus)
resource vnetWus 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-wus'
  location: 'westus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.20.0.0/24'
      ]
    }
    subnets: [
      {
        name: 'snet-pp'
        properties: {
          addressPrefix: '10.20.0.0/26'
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

// Peering "vnet-wus-to-vnet-eus" (design object peer-eus-wus)
resource peeringPeerEusWusBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = if (crossScopePeerings) {
  parent: vnetWus
  name: 'vnet-wus-to-vnet-eus'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('11111111-1111-1111-1111-111111111111', 'rg-policy', 'Microsoft.Network/virtualNetworks', '${namePrefix}vnet-eus')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}
