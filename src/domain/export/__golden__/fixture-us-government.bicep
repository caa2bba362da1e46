// VNet Studio export of design "Contoso GCC High" for resource group rg-contoso-gov in subscription 3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11.

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Virtual network "vnet-pp-usgovtexas" (design object vnet-gov-tx)
resource vnetGovTx 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-pp-usgovtexas'
  location: 'usgovtexas'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.40.0.0/22'
        'fd00:db8:40::/48'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefixes: [
            '10.40.0.0/24'
            'fd00:db8:40::/64'
          ]
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

// Virtual network "vnet-pp-usgovvirginia" (design object vnet-gov-va)
resource vnetGovVa 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-pp-usgovvirginia'
  location: 'usgovvirginia'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.41.0.0/22'
        'fd00:db8:41::/48'
      ]
    }
    subnets: [
      {
        name: 'snet-powerplatform'
        properties: {
          addressPrefixes: [
            '10.41.0.0/24'
            'fd00:db8:41::/64'
          ]
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

// Enterprise policy "ep-contoso-gov" (design object policy-gov)
resource policyGov 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep-contoso-gov'
  location: 'usgov'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnetGovTx.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
        {
          id: vnetGovVa.id
          subnet: {
            name: 'snet-powerplatform'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep-contoso-gov", used to link environments.')
output policyGovSystemId string = policyGov.properties.systemId

@description('Resource ID of enterprise policy "ep-contoso-gov" (Enable-SubnetInjection -PolicyArmId).')
output policyGovResourceId string = policyGov.id
