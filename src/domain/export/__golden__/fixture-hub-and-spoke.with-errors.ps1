# VNet Studio export of design "Hub and spoke with NAT, NSG and routes" for resource group rg-northwind-net in subscription 00000000-0000-0000-0000-000000000000.
# WARNING: the design has 1 validation error; fix it before deploying:
#   - TST001: A made-up error "with quotes" and a line break.
# Notes:
#   - network security group "nsg-pp-weu" is referenced by subnet "snet-powerplatform", subnet "snet-private-endpoints" but not included in this export: it must already exist.
#   - route table "rt-pp-weu" is referenced by subnet "snet-powerplatform" but not included in this export: it must already exist.
#   - NAT gateway "nat-pp-weu" is referenced by subnet "snet-powerplatform" but not included in this export: it must already exist.
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
#   az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-northwind-net' --template-file 'fixture-hub-and-spoke.bicep' --parameters namePrefix=<prefix>
if ($Deploy) {
  az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-northwind-net' --template-file 'fixture-hub-and-spoke.bicep' --parameters "namePrefix=$NamePrefix"
  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }
}

# 3. The module that links environments to enterprise policies.
if (-not (Get-Module -ListAvailable -Name Microsoft.PowerPlatform.EnterprisePolicies)) {
  Install-Module -Name Microsoft.PowerPlatform.EnterprisePolicies -Scope CurrentUser -Force
}
Import-Module Microsoft.PowerPlatform.EnterprisePolicies

# 4. Link each environment to its enterprise policy (Disable-SubnetInjection undoes it).
# No environment is linked to an enterprise policy of this export.
