# VNet Studio export of design "New spokes in an existing hub" for resource group rg-connectivity in subscription 33333333-3333-3333-3333-333333333333.
# Notes:
#   - The design spans 2 scopes (33333333-3333-3333-3333-333333333333/rg-connectivity, 44444444-4444-4444-4444-444444444444/rg-powerplatform); this template covers 33333333-3333-3333-3333-333333333333/rg-connectivity.
#   - Declared in the export for scope 44444444-4444-4444-4444-444444444444/rg-powerplatform, not in this one: enterprise policy "ep-us", virtual network "vnet-pp-eus", network security group "nsg-pp-eus".
#   - Deploy the scopes in this order, with crossScopePeerings=false: 1) 33333333-3333-3333-3333-333333333333/rg-connectivity, 2) 44444444-4444-4444-4444-444444444444/rg-powerplatform; then again with crossScopePeerings=true.
# Not deployed by this export (do or check these yourself):
#   - Already in Azure, referred to and not deployed: virtual network "vnet-hub-eus", network security group "nsg-shared", public IP address "pip-nat-hub".
# Post-deployment script: run it in PowerShell 7. It installs what it needs for the current user, signs in
# to Azure (Connect-AzAccount) and Power Platform (Add-PowerAppsAccount) when needed, and for -Deploy
# uses the Azure CLI (az login). Running it again changes nothing and says so.

[CmdletBinding()]
param(
  # The namePrefix the template was deployed with.
  [string] $NamePrefix = '',
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

# The cloud follows the region eastus: Azure public cloud.
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
foreach ($subscriptionId in @('33333333-3333-3333-3333-333333333333', '44444444-4444-4444-4444-444444444444')) {
  Set-AzContext -Subscription $subscriptionId | Out-Null
  Register-Provider 'Microsoft.Network'
  Register-Provider 'Microsoft.PowerPlatform'
  Register-Feature 'Microsoft.PowerPlatform' 'enterprisePoliciesPreview'
}

# 4. The deployment. Equivalent Azure CLI commands:
#   az cloud set --name AzureCloud
#   az deployment group create --subscription '33333333-3333-3333-3333-333333333333' --resource-group 'rg-connectivity' --template-file 'fixture-existing-estate.rg-connectivity.bicep' --parameters namePrefix=<prefix>
if ($Deploy) {
  az cloud set --name 'AzureCloud'
  if ($LASTEXITCODE -ne 0) { throw 'az cloud set failed: is the Azure CLI installed?' }
  az deployment group create --subscription '33333333-3333-3333-3333-333333333333' --resource-group 'rg-connectivity' --template-file 'fixture-existing-estate.rg-connectivity.bicep' --parameters "namePrefix=$NamePrefix"
  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }
}

# 5. Link each environment to its enterprise policy.
# No environment is linked to an enterprise policy of this export.

if ($script:changes -eq 0) { Write-Host 'Nothing changed: everything was already in place.' }
else { Write-Host "Done: $($script:changes) change(s)." }
