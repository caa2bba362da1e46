// VNet Studio export of design "An existing policy over an existing hub" for resource group rg-powerplatform in subscription 44444444-4444-4444-4444-444444444444.
// Notes:
//   - The design spans 2 scopes (44444444-4444-4444-4444-444444444444/rg-powerplatform, 33333333-3333-3333-3333-333333333333/rg-connectivity); this template covers 44444444-4444-4444-4444-444444444444/rg-powerplatform.
//   - Declared in the export for scope 33333333-3333-3333-3333-333333333333/rg-connectivity, not in this one: NAT gateway "nat-hub-eus", subnet "snet-pp-hub", subnet "snet-apps".
//   - Deploy the scopes in this order, with crossScopePeerings=false: 1) 33333333-3333-3333-3333-333333333333/rg-connectivity, 2) 44444444-4444-4444-4444-444444444444/rg-powerplatform; then again with crossScopePeerings=true.
// Not deployed by this export (do or check these yourself):
//   - Policy "ep-us" uses the new subnet "snet-pp-hub" of the existing VNet "vnet-hub-eus" in 33333333-3333-3333-3333-333333333333/rg-connectivity, outside this export's resource group: deploy that scope's export (which adds the subnet) first.
//   - Already in Azure, referred to and not deployed: route table "rt-to-firewall" (in 33333333-3333-3333-3333-333333333333/rg-connectivity), virtual network "vnet-hub-eus" (in 33333333-3333-3333-3333-333333333333/rg-connectivity), enterprise policy "ep-us".
//   - Environment "Production" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Route table "rt-to-firewall" (design object rt-firewall), already in Azure
resource routeTableRtFirewall 'Microsoft.Network/routeTables@2025-07-01' existing = {
  name: 'rt-to-firewall'
  scope: resourceGroup('33333333-3333-3333-3333-333333333333', 'rg-connectivity')
}

// Virtual network "vnet-hub-eus" (design object vnet-hub), already in Azure
resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {
  name: 'vnet-hub-eus'
  scope: resourceGroup('33333333-3333-3333-3333-333333333333', 'rg-connectivity')
}

// Enterprise policy "ep-us" (design object policy), already in Azure
resource policy 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' existing = {
  name: 'ep-us'
}

// Network security group "nsg-pp-eus" (design object nsg-spoke)
resource nsgSpoke 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}nsg-pp-eus'
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: []
  }
}

// Virtual network "vnet-pp-eus" (design object vnet-spoke)
resource vnetSpoke 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-pp-eus'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/24'
      ]
    }
    subnets: [
      {
        name: 'snet-pp'
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
            id: nsgSpoke.id
          }
          routeTable: {
            id: routeTableRtFirewall.id
          }
        }
      }
    ]
  }
}

// Peering "vnet-pp-eus-to-vnet-hub-eus" (design object peer-hub-spoke)
resource peeringPeerHubSpokeBToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetSpoke
  name: 'vnet-pp-eus-to-vnet-hub-eus'
  properties: {
    remoteVirtualNetwork: {
      id: vnetHub.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

@description('System ID of enterprise policy "ep-us", used to link environments.')
output policySystemId string = policy.properties.systemId

@description('Resource ID of enterprise policy "ep-us" (Enable-SubnetInjection -PolicyArmId).')
output policyResourceId string = policy.id
