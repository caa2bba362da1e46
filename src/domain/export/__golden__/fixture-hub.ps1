# VNet Studio export of design "Hub with a firewall, gateways and Bastion hosts" for resource group rg-hub in subscription 3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11.
# Not deployed by this export (do or check these yourself):
#   - Route "to-nva" of route table "rt-pp-weu" sends 10.9.0.0/16 to 10.0.3.4, which this export does not deploy (the appliance of VNet "vnet-hub-weu"): deploy it at that address before relying on the route.
#   - Already in Azure, referred to and not deployed: virtual network "vnet-shared-weu".
# Post-deployment script: run it in PowerShell 7. It installs what it needs for the current user, signs in
# to Azure (Connect-AzAccount) and Power Platform (Add-PowerAppsAccount) when needed, and for -Deploy
# uses the Azure CLI (az login). Running it again changes nothing and says so.

[CmdletBinding()]
param(
  # The namePrefix the template was deployed with.
  [string] $NamePrefix = '',
  # Power Platform environment ID of "Contoso Production" (design object env).
  [string] $EnvironmentIdEnv = '0d7e4b2a-6c1f-4e3d-9a8b-7c6d5e4f3a21',
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
foreach ($subscriptionId in @('3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11')) {
  Set-AzContext -Subscription $subscriptionId | Out-Null
  Register-Provider 'Microsoft.Network'
  Register-Provider 'Microsoft.PowerPlatform'
  Register-Feature 'Microsoft.PowerPlatform' 'enterprisePoliciesPreview'
}

# 4. The deployment. Equivalent Azure CLI commands:
#   az cloud set --name AzureCloud
#   az deployment group create --subscription '3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11' --resource-group 'rg-hub' --template-file 'fixture-hub.bicep' --parameters namePrefix=<prefix>
if ($Deploy) {
  az cloud set --name 'AzureCloud'
  if ($LASTEXITCODE -ne 0) { throw 'az cloud set failed: is the Azure CLI installed?' }
  az deployment group create --subscription '3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11' --resource-group 'rg-hub' --template-file 'fixture-hub.bicep' --parameters "namePrefix=$NamePrefix"
  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }
}

# 5. Link each environment to its enterprise policy.
# Enterprise policy "ep-contoso" (design object policy)
$policy = '/subscriptions/3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11/resourceGroups/rg-hub/providers/Microsoft.PowerPlatform/enterprisePolicies/' + $NamePrefix + 'ep-contoso'
$links = @(
  @{ Name = 'Contoso Production'; EnvironmentId = $EnvironmentIdEnv; PolicyArmId = $policy; Current = $null }
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
