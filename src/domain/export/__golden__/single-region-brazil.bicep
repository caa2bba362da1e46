// VNet Studio export of design "Single region: Brazil South" for resource group rg-woodgrove-network in subscription 00000000-0000-0000-0000-000000000000.
// Not deployed by this export (do or check these yourself):
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-woodgrove-network) is a placeholder: set the real subscription ID in the design before deploying.
//   - Environment "Woodgrove Produção" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
//   - Environment "Woodgrove Dev" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Network security group "nsg-powerplatform-brazilsouth" (design object nsg-brs)
resource nsgBrs 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}nsg-powerplatform-brazilsouth'
  location: 'brazilsouth'
  tags: tags
  properties: {
    securityRules: []
  }
}

// Public IP address "pip-nat-brs" (design object nat-brs)
resource publicIpNatBrs1 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip-nat-brs'
  location: 'brazilsouth'
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

// NAT gateway "nat-woodgrove-brazilsouth" (design object nat-brs)
resource natGatewayNatBrs 'Microsoft.Network/natGateways@2025-07-01' = {
  name: '${namePrefix}nat-woodgrove-brazilsouth'
  location: 'brazilsouth'
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIpAddresses: [
      {
        id: publicIpNatBrs1.id
      }
    ]
  }
}

// Virtual network "vnet-woodgrove-brazilsouth" (design object vnet-brs)
resource vnetBrs 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-woodgrove-brazilsouth'
  location: 'brazilsouth'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.60.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefix: '10.60.0.0/25'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
          networkSecurityGroup: {
            id: nsgBrs.id
          }
          natGateway: {
            id: natGatewayNatBrs.id
          }
        }
      }
      {
        name: 'snet-data'
        properties: {
          addressPrefix: '10.60.1.0/24'
        }
      }
    ]
  }
}

// Enterprise policy "ep-woodgrove-br" (design object policy-br)
resource policyBr 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-woodgrove-br'
  location: 'brazil'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnetBrs.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-woodgrove-br", used to link environments.')
output policyBrSystemId string = policyBr.properties.systemId

@description('Resource ID of enterprise policy "ep-woodgrove-br" (Enable-SubnetInjection -PolicyArmId).')
output policyBrResourceId string = policyBr.id
