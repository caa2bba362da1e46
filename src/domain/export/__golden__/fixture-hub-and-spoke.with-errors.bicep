// VNet Studio export of design "Hub and spoke with NAT, NSG and routes" for resource group rg-northwind-net in subscription 00000000-0000-0000-0000-000000000000.
// WARNING: the design has 1 validation error; fix it before deploying:
//   - TST001: A made-up error "with quotes" and a line break.
// Notes:
//   - network security group "nsg-pp-weu" is referenced by subnet "snet-powerplatform", subnet "snet-private-endpoints" but not included in this export: it must already exist.
//   - route table "rt-pp-weu" is referenced by subnet "snet-powerplatform" but not included in this export: it must already exist.
//   - NAT gateway "nat-pp-weu" is referenced by subnet "snet-powerplatform" but not included in this export: it must already exist.
// Not deployed by this export (do or check these yourself):
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-northwind-net) is a placeholder: set the real subscription ID in the design before deploying.

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

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
            id: resourceId('Microsoft.Network/networkSecurityGroups', '${namePrefix}nsg-pp-weu')
          }
          routeTable: {
            id: resourceId('Microsoft.Network/routeTables', '${namePrefix}rt-pp-weu')
          }
          natGateway: {
            id: resourceId('Microsoft.Network/natGateways', '${namePrefix}nat-pp-weu')
          }
        }
      }
      {
        name: 'snet-private-endpoints'
        properties: {
          addressPrefix: '10.1.1.0/27'
          networkSecurityGroup: {
            id: resourceId('Microsoft.Network/networkSecurityGroups', '${namePrefix}nsg-pp-weu')
          }
        }
      }
    ]
  }
}
