# VNet Studio export of design "Hub and spoke with NAT, NSG and routes" for resource group rg-northwind-net in subscription 00000000-0000-0000-0000-000000000000.
# Not deployed by this export (do or check these yourself):
#   - Subscription "00000000-0000-0000-0000-000000000000" (resource group rg-northwind-net) is a placeholder: set the real subscription ID in the design before deploying.
#   - Environment "Northwind Dev" has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).
# Post-deployment script: run it in PowerShell 7. It installs what it needs for the current user, signs in
# to Azure (Connect-AzAccount) and Power Platform (Add-PowerAppsAccount) when needed, and for -Deploy
# uses the Azure CLI (az login). Running it again changes nothing and says so.

[CmdletBinding()]
param(
  # The namePrefix the template was deployed with.
  [string] $NamePrefix = '',
  # Power Platform environment ID of "Northwind Production" (design object env-prod).
  [string] $EnvironmentIdEnvProd = '6f1c2a7e-1b2c-4d5e-8f90-123456789abc',
  # Power Platform environment ID of "Northwind Dev" (design object env-dev): NOT KNOWN, pass it.
  [string] $EnvironmentIdEnvDev = 'REPLACE-WITH-ENVIRONMENT-ID',
  # Deploy the template first (az deployment group create).
  [switch] $Deploy,
  # Turn on Managed Environments for linked environments that are not managed (otherwise the script stops and says how).
  [switch] $EnableManagedEnvironments,
  # Replace the policy an environment is already linked to (passes -Swap to Enable-SubnetInjection).
  [switch] $Swap,
  # Seconds to wait for each resource provider or feature registration.
  [int] $RegistrationTimeoutSeconds = 900
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$script:changes = 0

# Installs a module (exactly -Version, or at least -Minimum) for the current user without prompting.
function Install-RequiredModule([string] $Name, [string] $Version, [string] $Minimum, [datetime] $PublishedSince) {
  $installed = @(Get-Module -ListAvailable -Name $Name)
  $ok = if ($Version) { $installed | Where-Object { $_.Version -eq [version] $Version } }
        elseif ($Minimum) { $installed | Where-Object { $_.Version -ge [version] $Minimum } }
        else { $installed }
  if ($ok -and $PSBoundParameters.ContainsKey('PublishedSince')) {
    $ok = Get-InstalledModule -Name $Name -AllVersions -ErrorAction SilentlyContinue | Where-Object { $_.PublishedDate -ge $PublishedSince }
  }
  if ($ok) { return }
  Write-Host "Installing module $Name $Version$Minimum..."
  $parameters = @{ Name = $Name; Scope = 'CurrentUser'; Force = $true; AllowClobber = $true; Repository = 'PSGallery' }
  if ($Version) { $parameters.RequiredVersion = $Version } elseif ($Minimum) { $parameters.MinimumVersion = $Minimum }
  Install-Module @parameters
  $script:changes++
}

# Polls until a registration reads Registered, or stops with a clear message after the timeout.
function Wait-Registered([string] $What, [scriptblock] $State) {
  $deadline = (Get-Date).AddSeconds($RegistrationTimeoutSeconds)
  while (($current = & $State) -ne 'Registered') {
    if ((Get-Date) -gt $deadline) { throw "$What is still '$current' after $RegistrationTimeoutSeconds seconds: check it in the Azure portal and run this script again." }
    Start-Sleep -Seconds 10
  }
}

# Registers a resource provider unless it already is, and waits for it.
function Register-Provider([string] $Namespace) {
  $state = { @(Get-AzResourceProvider -ProviderNamespace $Namespace)[0].RegistrationState }
  if ((& $state) -eq 'Registered') { return }
  Register-AzResourceProvider -ProviderNamespace $Namespace | Out-Null
  $script:changes++
  Wait-Registered "Resource provider $Namespace" $state
}

# Registers a preview feature unless it already is, and waits for it.
function Register-Feature([string] $Namespace, [string] $Feature) {
  $state = { (Get-AzProviderFeature -ProviderNamespace $Namespace -FeatureName $Feature).RegistrationState }
  if ((& $state) -eq 'Registered') { return }
  Register-AzProviderFeature -ProviderNamespace $Namespace -FeatureName $Feature | Out-Null
  $script:changes++
  Wait-Registered "Feature $Namespace/$Feature" $state
}

# The cloud follows the policy location europe: Azure public cloud.
$azureEnvironment = 'AzureCloud'
$powerPlatformEndpoint = 'prod'

# 1. Modules, without prompting: the Az versions the EnterprisePolicies module asserts, the Power Apps
#    administration module, and EnterprisePolicies 0.10.1 or later (Enable-SubnetInjection).
foreach ($module in @(@('Az.Accounts', '5.3.0'), @('Az.Resources', '8.1.1'), @('Az.KeyVault', '6.4.0'), @('Az.Network', '7.22.0'))) {
  Install-RequiredModule -Name $module[0] -Version $module[1]
}
Install-RequiredModule -Name 'Microsoft.PowerApps.Administration.PowerShell'
Install-RequiredModule -Name 'Microsoft.PowerPlatform.EnterprisePolicies' -Minimum '0.10.1'
Import-Module 'Microsoft.PowerPlatform.EnterprisePolicies'

# 2. Sign in to the cloud (skipped when already signed in there).
$context = Get-AzContext
if (-not $context -or $context.Environment.Name -ne $azureEnvironment) {
  Connect-AzAccount -Environment $azureEnvironment | Out-Null
}

# 3. Resource providers and the enterprise policies preview feature, waiting until each reads Registered.
foreach ($subscriptionId in @('00000000-0000-0000-0000-000000000000')) {
  Set-AzContext -Subscription $subscriptionId | Out-Null
  Register-Provider 'Microsoft.Network'
  Register-Provider 'Microsoft.PowerPlatform'
  Register-Feature 'Microsoft.PowerPlatform' 'enterprisePoliciesPreview'
}

# 4. The deployment. Equivalent Azure CLI commands:
#   az cloud set --name AzureCloud
#   az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-northwind-net' --template-file 'fixture-hub-and-spoke.bicep' --parameters namePrefix=<prefix>
if ($Deploy) {
  az cloud set --name 'AzureCloud'
  if ($LASTEXITCODE -ne 0) { throw 'az cloud set failed: is the Azure CLI installed?' }
  az deployment group create --subscription '00000000-0000-0000-0000-000000000000' --resource-group 'rg-northwind-net' --template-file 'fixture-hub-and-spoke.bicep' --parameters "namePrefix=$NamePrefix"
  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }
}

# 5. Link each environment to its enterprise policy.
foreach ($name in @('EnvironmentIdEnvDev')) {
  if ((Get-Variable -Name $name -ValueOnly) -eq 'REPLACE-WITH-ENVIRONMENT-ID') { throw "Pass -$name with the Power Platform environment ID." }
}
# Enterprise policy "ep-northwind-eu" (design object policy-eu)
$policyEu = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-northwind-net/providers/Microsoft.PowerPlatform/enterprisePolicies/' + $NamePrefix + 'ep-northwind-eu'
$links = @(
  @{ Name = 'Northwind Production'; EnvironmentId = $EnvironmentIdEnvProd; PolicyArmId = $policyEu; Current = $null },
  @{ Name = 'Northwind Dev'; EnvironmentId = $EnvironmentIdEnvDev; PolicyArmId = $policyEu; Current = $null }
)
Add-PowerAppsAccount -Endpoint $powerPlatformEndpoint | Out-Null
# Managed Environments first: NetworkInjection policies link only to Managed Environments.
foreach ($link in $links) {
  $environment = Get-AdminPowerAppEnvironment -EnvironmentName $link.EnvironmentId
  if (-not $environment) { throw "Environment $($link.Name) ($($link.EnvironmentId)) was not found: check its ID and that you are a Power Platform administrator." }
  $link.Current = $environment.Internal.properties.enterprisePolicies.VNets.id
  if ($environment.Internal.properties.governanceConfiguration.protectionLevel -eq 'Standard') { continue }
  if (-not $EnableManagedEnvironments) {
    throw "Environment $($link.Name) is not a Managed Environment. Turn it on in the Power Platform admin center (Manage > Environments > $($link.Name) > Enable Managed Environments), or run this script again with -EnableManagedEnvironments."
  }
  $governance = [pscustomobject] @{ protectionLevel = 'Standard'; settings = [pscustomobject] @{ extendedSettings = @{} } }
  Set-AdminPowerAppEnvironmentGovernanceConfiguration -EnvironmentName $link.EnvironmentId -UpdatedGovernanceConfiguration $governance | Out-Null
  Write-Host "Turned on Managed Environments for $($link.Name)."
  $script:changes++
}
foreach ($link in $links) {
  $unlink = "Disable-SubnetInjection -EnvironmentId $($link.EnvironmentId) -Endpoint $powerPlatformEndpoint"
  if ($link.Current -and $link.Current -ieq $link.PolicyArmId) {
    Write-Host "$($link.Name) is already linked to $($link.PolicyArmId): nothing to do. To unlink it: $unlink"
    continue
  }
  if ($link.Current -and -not $Swap) {
    throw "$($link.Name) is linked to another policy ($($link.Current)). Run this script again with -Swap to replace it, or unlink it first: $unlink"
  }
  $enable = @{ EnvironmentId = $link.EnvironmentId; PolicyArmId = $link.PolicyArmId; Endpoint = $powerPlatformEndpoint }
  if ($azureEnvironment -ne 'AzureCloud') { $enable.AzureEnvironment = $azureEnvironment }
  if ($link.Current) { $enable.Swap = $true }
  Enable-SubnetInjection @enable | Out-Null
  $script:changes++
  Write-Host "Linked $($link.Name) to $($link.PolicyArmId). To unlink it: $unlink"
}

if ($script:changes -eq 0) { Write-Host 'Nothing changed: everything was already in place.' }
else { Write-Host "Done: $($script:changes) change(s)." }
