# VNet Studio export of design "Hostile it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" for resource group rg-it's [weird] {0} in subscription 00000000-0000-0000-0000-000000000000.
# Notes:
#   - Public IP prefix "[pre]" of NAT gateway "nat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is exported with SKU Standard.
#   - subnet "snet-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" refers to "nsg-does-not-exist", which is not in the design.
#   - enterprise policy "ep it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)": "/" cannot appear in a resource name and is exported as "-".
#   - virtual network "[vnet it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)]": "/" cannot appear in a resource name and is exported as "-".
#   - route table "rt it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)": "/" cannot appear in a resource name and is exported as "-".
#   - Enterprise policy "ep it's "quoted" ${danger} `tick` \back\slash\ line2  */ #> <# --> sep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" refers to subnet "missing-subnet", which is not in the design.
# Post-deployment script: run it in PowerShell 7 signed in with Connect-AzAccount (Az module) and,
# for -Deploy, with the Azure CLI signed in (az login).

[CmdletBinding()]
param(
  # The namePrefix the template was deployed with.
  [string] $NamePrefix = '',
  # Power Platform environment ID of "env it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object env.1).
  [string] $EnvironmentIdEnv1 = 'x''; Remove-Item -Recurse C:\ #',
  # Power Platform environment ID of "" (design object env_2): NOT KNOWN, pass it.
  [string] $EnvironmentIdEnv2 = 'REPLACE-WITH-ENVIRONMENT-ID',
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
#   az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-it''s [weird] {0}' --template-file 'fixture-adversarial.bicep' --parameters namePrefix=<prefix>
if ($Deploy) {
  az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-it''s [weird] {0}' --template-file 'fixture-adversarial.bicep' --parameters "namePrefix=$NamePrefix"
  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }
}

# 3. The module that links environments to enterprise policies.
if (-not (Get-Module -ListAvailable -Name Microsoft.PowerPlatform.EnterprisePolicies)) {
  Install-Module -Name Microsoft.PowerPlatform.EnterprisePolicies -Scope CurrentUser -Force
}
Import-Module Microsoft.PowerPlatform.EnterprisePolicies

# 4. Link each environment to its enterprise policy (Disable-SubnetInjection undoes it).
foreach ($name in @('EnvironmentIdEnv2')) {
  if ((Get-Variable -Name $name -ValueOnly) -eq 'REPLACE-WITH-ENVIRONMENT-ID') { throw "Pass -$name with the Power Platform environment ID." }
}
# Enterprise policy "ep it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)" (design object policy:1)
$policy1 = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-it''s [weird] {0}/providers/Microsoft.PowerPlatform/enterprisePolicies/' + $NamePrefix + 'ep it''s "quoted" ${danger} `tick` \back\slash\
line2
*- #> <# -->
sep [x] {0} {{1}} 😀 é ‘‘smart’’ “dq” $(Remove-Item)'
# Environment "env it's \"quoted\" ${danger} `tick` \\back\\slash\\\nline2\r\n*/ #> <# -->\nsep [x] {0} {{1}} 😀 é ‘smart’ “dq” $(Remove-Item)"
Enable-SubnetInjection -EnvironmentId $EnvironmentIdEnv1 -PolicyArmId $policy1
# Environment ""
Enable-SubnetInjection -EnvironmentId $EnvironmentIdEnv2 -PolicyArmId $policy1
