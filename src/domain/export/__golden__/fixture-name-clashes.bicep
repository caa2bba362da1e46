// VNet Studio export of design "Names that read alike" for resource group rg-powerplatform-network in subscription 00000000-0000-0000-0000-000000000000.
// Not deployed by this export (do or check these yourself):
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-powerplatform-network) is a placeholder: set the real subscription ID in the design before deploying.

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Network security group "net-prod" (design object nsg-0)
resource nsg0 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}net-prod'
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: []
  }
}

// Network security group "net_prod" (design object nsg-1)
resource nsg1 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}net_prod'
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: []
  }
}

// Network security group "net.prod" (design object nsg-2)
resource nsg2 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}net.prod'
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: []
  }
}

// Network security group "net(prod)" (design object nsg-3)
resource nsg3 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}net(prod)'
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: []
  }
}

// Network security group "NET-PROD" (design object nsg-4)
resource nsg4 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}NET-PROD'
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: []
  }
}

// Route table "net-prod" (design object rt-0)
resource routeTableRt0 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}net-prod'
  location: 'eastus'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: []
  }
}

// Route table "net_prod" (design object rt-1)
resource routeTableRt1 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}net_prod'
  location: 'eastus'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: []
  }
}

// Route table "net.prod" (design object rt-2)
resource routeTableRt2 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}net.prod'
  location: 'eastus'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: []
  }
}

// Route table "net(prod)" (design object rt-3)
resource routeTableRt3 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}net(prod)'
  location: 'eastus'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: []
  }
}

// Route table "NET-PROD" (design object rt-4)
resource routeTableRt4 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}NET-PROD'
  location: 'eastus'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: []
  }
}

// Virtual network "net-prod" (design object vnet-0)
resource vnet0 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}net-prod'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.10.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'net-prod'
        properties: {
          addressPrefix: '10.10.0.0/24'
          networkSecurityGroup: {
            id: nsg0.id
          }
          routeTable: {
            id: routeTableRt0.id
          }
        }
      }
    ]
  }
}

// Virtual network "net_prod" (design object vnet-1)
resource vnet1 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}net_prod'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.11.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'net_prod'
        properties: {
          addressPrefix: '10.11.0.0/24'
          networkSecurityGroup: {
            id: nsg1.id
          }
          routeTable: {
            id: routeTableRt1.id
          }
        }
      }
    ]
  }
}

// Virtual network "net.prod" (design object vnet-2)
resource vnet2 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}net.prod'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.12.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'net.prod'
        properties: {
          addressPrefix: '10.12.0.0/24'
          networkSecurityGroup: {
            id: nsg2.id
          }
          routeTable: {
            id: routeTableRt2.id
          }
        }
      }
    ]
  }
}

// Virtual network "net(prod)" (design object vnet-3)
resource vnet3 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}net(prod)'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.13.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'net(prod)'
        properties: {
          addressPrefix: '10.13.0.0/24'
          networkSecurityGroup: {
            id: nsg3.id
          }
          routeTable: {
            id: routeTableRt3.id
          }
        }
      }
    ]
  }
}

// Virtual network "NET-PROD" (design object vnet-4)
resource vnet4 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}NET-PROD'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.14.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'NET-PROD'
        properties: {
          addressPrefix: '10.14.0.0/24'
          networkSecurityGroup: {
            id: nsg4.id
          }
          routeTable: {
            id: routeTableRt4.id
          }
        }
      }
    ]
  }
}
