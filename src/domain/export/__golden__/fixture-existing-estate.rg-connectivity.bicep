// VNet Studio export of design "New spokes in an existing hub" for resource group rg-connectivity in subscription 33333333-3333-3333-3333-333333333333.
// Notes:
//   - The design spans 2 scopes (33333333-3333-3333-3333-333333333333/rg-connectivity, 44444444-4444-4444-4444-444444444444/rg-powerplatform); this template covers 33333333-3333-3333-3333-333333333333/rg-connectivity.
//   - Declared in the export for scope 44444444-4444-4444-4444-444444444444/rg-powerplatform, not in this one: enterprise policy "ep-us", virtual network "vnet-pp-eus", network security group "nsg-pp-eus".
//   - Deploy the scopes in this order, with crossScopePeerings=false: 1) 33333333-3333-3333-3333-333333333333/rg-connectivity, 2) 44444444-4444-4444-4444-444444444444/rg-powerplatform; then again with crossScopePeerings=true.
// Not deployed by this export (do or check these yourself):
//   - Already in Azure, referred to and not deployed: virtual network "vnet-hub-eus", network security group "nsg-shared", public IP address "pip-nat-hub".

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Deploy the peerings to VNets of other resource groups or subscriptions (false on a first deployment, before those VNets exist).')
param crossScopePeerings bool = true

@description('Tags applied to every top-level resource.')
param tags object = {}

// Virtual network "vnet-hub-eus" (design object vnet-hub), already in Azure
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-hub-eus'
}

// Network security group "nsg-shared" (design object nsg-shared), already in Azure
resource nsgShared 'Microsoft.Network/networkSecurityGroups@2025-07-01' existing = {
  name: 'nsg-shared'
}

// Public IP address "pip-nat-hub" (design object nat-hub), already in Azure
resource publicIpNatHub1 'Microsoft.Network/publicIPAddresses@2025-07-01' existing = {
  name: 'pip-nat-hub'
}

// NAT gateway "nat-hub-eus" (design object nat-hub)
resource natGatewayNatHub 'Microsoft.Network/natGateways@2025-07-01' = {
  name: '${namePrefix}nat-hub-eus'
  location: 'eastus'
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIpAddresses: [
      {
        id: publicIpNatHub1.id
      }
    ]
  }
}

// Subnet "snet-pp-hub" (design object snet-hub-pp)
resource subnetSnetHubPp 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'snet-pp-hub'
  properties: {
    addressPrefix: '10.0.10.0/26'
    delegations: [
      {
        name: 'Microsoft.PowerPlatform/enterprisePolicies'
        properties: {
          serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
        }
      }
    ]
    networkSecurityGroup: {
      id: nsgShared.id
    }
    natGateway: {
      id: natGatewayNatHub.id
    }
  }
}

// Subnet "snet-apps" (design object snet-hub-apps)
resource subnetSnetHubApps 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
  parent: vnetHub
  name: 'snet-apps'
  properties: {
    addressPrefix: '10.0.11.0/26'
    networkSecurityGroup: {
      id: nsgShared.id
    }
  }
  dependsOn: [
    subnetSnetHubPp
  ]
}

// Peering "vnet-hub-eus-to-vnet-pp-eus" (design object peer-hub-spoke)
resource peeringPeerHubSpokeAToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = if (crossScopePeerings) {
  parent: vnetHub
  name: 'vnet-hub-eus-to-vnet-pp-eus'
  properties: {
    remoteVirtualNetwork: {
      id: resourceId('44444444-4444-4444-4444-444444444444', 'rg-powerplatform', 'Microsoft.Network/virtualNetworks', '${namePrefix}vnet-pp-eus')
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}
