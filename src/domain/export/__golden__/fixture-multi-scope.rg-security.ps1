# VNet Studio export of design "Policy, hub and spokes in different scopes" for resource group rg-security in subscription 11111111-1111-1111-1111-111111111111.
# Notes:
#   - The design spans 3 scopes (11111111-1111-1111-1111-111111111111/rg-security, 11111111-1111-1111-1111-111111111111/rg-policy, 22222222-2222-2222-2222-222222222222/rg-spokes); this template covers 11111111-1111-1111-1111-111111111111/rg-security.
#   - Declared in the export for scope 11111111-1111-1111-1111-111111111111/rg-policy, not in this one: enterprise policy "ep-us", virtual network "vnet-eus".
#   - Declared in the export for scope 22222222-2222-2222-2222-222222222222/rg-spokes, not in this one: virtual network "vnet-wus".
#   - Deploy the scopes in this order, with crossScopePeerings=false: 1) 11111111-1111-1111-1111-111111111111/rg-security, 2) 22222222-2222-2222-2222-222222222222/rg-spokes, 3) 11111111-1111-1111-1111-111111111111/rg-policy; then again with crossScopePeerings=true.
# Post-deployment script: run it in PowerShell 7 signed in with Connect-AzAccount (Az module) and,
# for -Deploy, with the Azure CLI signed in (az login).

[CmdletBinding()]
param(
  # The namePrefix the template was deployed with.
  [string] $NamePrefix = '',
  # Deploy the template first (az deployment group create).
  [switch] $Deploy
)
$ErrorActionPreference = 'Stop'

# 1. Prerequisites: resource providers and the enterprise policies preview feature.
foreach ($subscriptionId in @('11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222')) {
  Set-AzContext -Subscription $subscriptionId | Out-Null
  Register-AzResourceProvider -ProviderNamespace 'Microsoft.Network' | Out-Null
  Register-AzResourceProvider -ProviderNamespace 'Microsoft.PowerPlatform' | Out-Null
  Register-AzProviderFeature -FeatureName 'enterprisePoliciesPreview' -ProviderNamespace 'Microsoft.PowerPlatform' | Out-Null
}

# 2. The deployment. Equivalent Azure CLI command:
#   az deployment group create --subscription '11111111-1111-1111-1111-111111111111' --resource-group 'rg-security' --template-file 'fixture-multi-scope.rg-security.bicep' --parameters namePrefix=<prefix>
if ($Deploy) {
  az deployment group create --subscription '11111111-1111-1111-1111-111111111111' --resource-group 'rg-security' --template-file 'fixture-multi-scope.rg-security.bicep' --parameters "namePrefix=$NamePrefix"
  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }
}

# 3. The module that links environments to enterprise policies.
if (-not (Get-Module -ListAvailable -Name Microsoft.PowerPlatform.EnterprisePolicies)) {
  Install-Module -Name Microsoft.PowerPlatform.EnterprisePolicies -Scope CurrentUser -Force
}
Import-Module Microsoft.PowerPlatform.EnterprisePolicies

# 4. Link each environment to its enterprise policy (Disable-SubnetInjection undoes it).
# No environment is linked to an enterprise policy of this export.
