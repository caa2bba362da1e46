# VNet Studio export of design "Names that read alike" for resource group rg-powerplatform-network in subscription 00000000-0000-0000-0000-000000000000.
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
foreach ($subscriptionId in @('00000000-0000-0000-0000-000000000000')) {
  Set-AzContext -Subscription $subscriptionId | Out-Null
  Register-AzResourceProvider -ProviderNamespace 'Microsoft.Network' | Out-Null
  Register-AzResourceProvider -ProviderNamespace 'Microsoft.PowerPlatform' | Out-Null
  Register-AzProviderFeature -FeatureName 'enterprisePoliciesPreview' -ProviderNamespace 'Microsoft.PowerPlatform' | Out-Null
}

# 2. The deployment. Equivalent Azure CLI command:
#   az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-powerplatform-network' --template-file 'fixture-name-clashes.bicep' --parameters namePrefix=<prefix>
if ($Deploy) {
  az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-powerplatform-network' --template-file 'fixture-name-clashes.bicep' --parameters "namePrefix=$NamePrefix"
  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }
}

# 3. The module that links environments to enterprise policies.
if (-not (Get-Module -ListAvailable -Name Microsoft.PowerPlatform.EnterprisePolicies)) {
  Install-Module -Name Microsoft.PowerPlatform.EnterprisePolicies -Scope CurrentUser -Force
}
Import-Module Microsoft.PowerPlatform.EnterprisePolicies

# 4. Link each environment to its enterprise policy (Disable-SubnetInjection undoes it).
# No environment is linked to an enterprise policy of this export.
