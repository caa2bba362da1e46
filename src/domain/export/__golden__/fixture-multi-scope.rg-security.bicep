// VNet Studio export of design "Policy, hub and spokes in different scopes" for resource group rg-security in subscription 11111111-1111-1111-1111-111111111111.
// Notes:
//   - The design spans 3 scopes (11111111-1111-1111-1111-111111111111/rg-security, 11111111-1111-1111-1111-111111111111/rg-policy, 22222222-2222-2222-2222-222222222222/rg-spokes); this template covers 11111111-1111-1111-1111-111111111111/rg-security.
//   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-policy, not in this one: enterprise policy "ep-us", virtual network "vnet-eus".
//   - Declared in the export for scope 22222222-2222-2222-2222-222222222222/rg-spokes, not in this one: virtual network "vnet-wus".
//   - Deploy the scopes in this order, with crossScopePeerings=false: 1) 11111111-1111-1111-1111-111111111111/rg-security, 2) 22222222-2222-2222-2222-222222222222/rg-spokes, 3) 11111111-1111-1111-1111-111111111111/rg-policy; then again with crossScopePeerings=true.

@description('Prefix added to the name of every top-level resource, e.g. \'contoso-\' (empty by default).')
param namePrefix string = ''

@description('Tags applied to every top-level resource.')
param tags object = {}

// Network security group "nsg-shared" (design object nsg-shared)
resource nsgShared 'Microsoft.Network/networkSecurityGroups@2025-07-01' = {
  name: '${namePrefix}nsg-shared'
  location: 'eastus'
  tags: tags
  properties: {
    securityRules: []
  }
}
