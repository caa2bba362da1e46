// VNet Studio export of design "Hostile it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" for resource group rg-it's [weird] {0} in subscription 00000000-0000-0000-0000-000000000000.
// Notes:
//   - Public IP prefix "[pre]" of NAT gateway "nat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is exported with SKU Standard.
//   - subnet "snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" refers to "nsg-does-not-exist", which is not in the design.
//   - enterprise policy "ep it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)": "/" cannot appear in a resource name and is exported as "-".
//   - virtual network "[vnet it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]": "/" cannot appear in a resource name and is exported as "-".
//   - route table "rt it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)": "/" cannot appear in a resource name and is exported as "-".
//   - Enterprise policy "ep it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" refers to subnet "missing-subnet", which is not in the design.
// Not deployed by this export (do or check these yourself):
//   - Route "[r]" of route table "rt it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" sends 0.0.0.0/0 to 10.0.0.4', which this export does not deploy (no firewall or appliance in the design has that address): deploy it at that address before relying on the route.
//   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-it's [weird] {0}) is a placeholder: set the real subscription ID in the design before deploying.
//   - Environment "env it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" has environment ID "x'; Remove-Item -Recurse C:\ #", which is not a GUID: check it.
//   - Environment "env_2" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Network security group "" (design object nsg-empty)
resource nsgEmpty 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: namePrefix
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '[concat(\'a\')]'
          sourcePortRange: '\${x}'
          destinationAddressPrefix: '\''
          destinationPortRange: '\\'
        }
      }
    ]
  }
}

// Route table "rt it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object rt-1)
resource routeTableRt1 'Microsoft.Network/routeTables@2025-07-01' = {
  name: '${namePrefix}rt it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)'
  location: 'eastus'
  tags: tags
  properties: {
    disableBgpRoutePropagation: false
    routes: [
      {
        name: '[r]'
        properties: {
          addressPrefix: '0.0.0.0/0'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: '10.0.0.4\''
        }
      }
    ]
  }
}

// Public IP address "pip it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object nat-1)
resource publicIpNat11 'Microsoft.Network/publicIPAddresses@2025-07-01' = {
  name: '${namePrefix}pip it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)'
  location: 'eastus'
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

// Public IP prefix "[pre]" (design object nat-1)
resource publicIpPrefixNat12 'Microsoft.Network/publicIPPrefixes@2025-07-01' = {
  name: '${namePrefix}[pre]'
  location: 'eastus'
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    prefixLength: 31
    publicIPAddressVersion: 'IPv4'
  }
}

// NAT gateway "nat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (design object nat-1)
resource natGatewayNat1 'Microsoft.Network/natGateways@2025-07-01' = {
  name: '${namePrefix}nat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  location: 'eastus'
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIpAddresses: [
      {
        id: publicIpNat11.id
      }
    ]
    publicIpPrefixes: [
      {
        id: publicIpPrefixNat12.id
      }
    ]
  }
}

// Virtual network "vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (design object v-1)
resource vnetV1 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  location: 'eastus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
        '10.1.0.0/16\''
      ]
    }
    dhcpOptions: {
      dnsServers: [
        '\${x}'
        '[y]'
      ]
    }
    subnets: [
      {
        name: '[snet it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)]'
        properties: {
          addressPrefix: '10.0.0.0/24'
          delegations: [
            {
              name: 'Microsoft.PowerPlatform/enterprisePolicies'
              properties: {
                serviceName: 'Microsoft.PowerPlatform/enterprisePolicies'
              }
            }
          ]
          networkSecurityGroup: {
            id: nsgEmpty.id
          }
          routeTable: {
            id: routeTableRt1.id
          }
          natGateway: {
            id: natGatewayNat1.id
          }
        }
      }
    ]
  }
}

// Virtual network "[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]" (design object v-2)
resource vnetV2 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}[vnet it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)]'
  location: 'westus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
        properties: {
          addressPrefix: '10.2.0.0/24'
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
        name: '[0]'
        properties: {
          addressPrefix: '[1]'
          delegations: [
            {
              name: 'Microsoft.Web/it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)'
              properties: {
                serviceName: 'Microsoft.Web/it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)'
              }
            }
          ]
        }
      }
    ]
  }
}

// Virtual network "� lone surrogate" (design object v-3)
resource vnetV3 'Microsoft.Network/virtualNetworks@2025-07-01' = {
  name: '${namePrefix}� lone surrogate'
  location: 'westus'
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.3.0.0/16'
      ]
    }
    subnets: []
  }
}

// Peering "[peer it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]" (design object p-1)
resource peeringP1AToB 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetV1
  name: '[peer it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)]'
  properties: {
    remoteVirtualNetwork: {
      id: vnetV2.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Peering "[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]-to-vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (design object p-1)
resource peeringP1BToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetV2
  name: '[vnet it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)]-to-vnet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  properties: {
    remoteVirtualNetwork: {
      id: vnetV1.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Peering "� lone surrogate-to-[vnet it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]" (design object p-2)
resource peeringP2BToA 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2025-07-01' = {
  parent: vnetV3
  name: '� lone surrogate-to-[vnet it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)]'
  properties: {
    remoteVirtualNetwork: {
      id: vnetV2.id
    }
    allowVirtualNetworkAccess: true
    allowForwardedTraffic: false
    allowGatewayTransit: false
    useRemoteGateways: false
  }
}

// Enterprise policy "ep it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object policy:1)
resource policy1 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview' = {
  name: '${namePrefix}ep it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*- #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)'
  location: 'unitedstates\'\n'
  tags: tags
  kind: 'NetworkInjection'
  properties: {
    networkInjection: {
      virtualNetworks: [
        {
          id: vnetV1.id
          subnet: {
            name: '[snet it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)]'
          }
        }
        {
          id: vnetV2.id
          subnet: {
            name: 'snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
          }
        }
      ]
    }
  }
}

@description('System ID of enterprise policy "ep it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)", used to link environments.')
output policy1SystemId string = policy1.properties.systemId

@description('Resource ID of enterprise policy "ep it\'s "quoted" \${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” \$(Remove-Item)" (Enable-SubnetInjection -PolicyArmId).')
output policy1ResourceId string = policy1.id
