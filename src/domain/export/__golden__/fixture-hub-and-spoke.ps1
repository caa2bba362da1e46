# VNet Studio export of design "Hub and spoke with NAT, NSG and routes" for resource group rg-northwind-net in subscription 00000000-0000-0000-0000-000000000000.
# Post-deployment script: run it in PowerShell 7 signed in with Connect-AzAccount (Az module) and,
# for -Deploy, with the Azure CLI signed in (az login).

[CmdletBinding()]
param(
  # The namePrefix the template was deployed with.
  [string] $NamePrefix = '',
  # Power Platform environment ID of "Northwind Production" (design object env-prod).
  [string] $EnvironmentIdEnvProd = '6f1c2a7e-1b2c-4d5e-8f90-123456789abc',
  # Power Platform environment ID of "Northwind Dev" (design object env-dev): NOT KNOWN, pass it.
  [string] $EnvironmentIdEnvDev = 'REPLACE-WITH-ENVIRONMENT-ID',
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
foreach ($name in @('EnvironmentIdEnvDev')) {
  if ((Get-Variable -Name $name -ValueOnly) -eq 'REPLACE-WITH-ENVIRONMENT-ID') { throw "Pass -$name with the Power Platform environment ID." }
}
# Enterprise policy "ep-northwind-eu" (design object policy-eu)
$policyEu = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-northwind-net/providers/Microsoft.PowerPlatform/enterprisePolicies/' + $NamePrefix + 'ep-northwind-eu'
# Environment "Northwind Production"
Enable-SubnetInjection -EnvironmentId $EnvironmentIdEnvProd -PolicyArmId $policyEu
# Environment "Northwind Dev"
Enable-SubnetInjection -EnvironmentId $EnvironmentIdEnvDev -PolicyArmId $policyEu
