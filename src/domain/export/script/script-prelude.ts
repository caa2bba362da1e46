/**
 * The fixed parts of the post-deployment script: helper functions that make it safe to run twice (each
 * step checks before it changes anything and counts what it changed) and on any machine (modules are
 * installed or updated without prompting).
 *
 * Sources: Microsoft's EnterprisePolicies module (`Assert-PrereqsAreInstalledAndLoaded.ps1` asserts exact
 * Az versions and prompts with Read-Host when they are missing; `Enable-SubnetInjection.ps1` needs -Swap to
 * replace a linked policy and throws with -Swap when none is linked); Azure resource provider registration
 * is asynchronous (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-providers-and-types).
 */

/** The Az module versions Microsoft's EnterprisePolicies module asserts (exact versions). */
export const AZ_MODULE_VERSIONS: ReadonlyArray<readonly [string, string]> = [
  ['Az.Accounts', '5.3.0'],
  ['Az.Resources', '8.1.1'],
  ['Az.KeyVault', '6.4.0'],
  ['Az.Network', '7.22.0'],
];

/** The first EnterprisePolicies module release with Enable-SubnetInjection and Disable-SubnetInjection. */
export const ENTERPRISE_POLICIES_MINIMUM_VERSION = '0.10.1';
/** The module release date from which `unitedarabemirates` environments match `uae` policies. */
export const ENTERPRISE_POLICIES_UAE_RELEASE = '2026-06-23';

/** Helper functions, written once at the top of every script. */
export const SCRIPT_HELPERS: readonly string[] = [
  '$script:changes = 0',
  '',
  '# Installs a module (exactly -Version, or at least -Minimum) for the current user without prompting.',
  'function Install-RequiredModule([string] $Name, [string] $Version, [string] $Minimum, [datetime] $PublishedSince) {',
  '  $installed = @(Get-Module -ListAvailable -Name $Name)',
  '  $ok = if ($Version) { $installed | Where-Object { $_.Version -eq [version] $Version } }',
  '        elseif ($Minimum) { $installed | Where-Object { $_.Version -ge [version] $Minimum } }',
  '        else { $installed }',
  "  if ($ok -and $PSBoundParameters.ContainsKey('PublishedSince')) {",
  '    $ok = Get-InstalledModule -Name $Name -AllVersions -ErrorAction SilentlyContinue | Where-Object { $_.PublishedDate -ge $PublishedSince }',
  '  }',
  '  if ($ok) { return }',
  '  Write-Host "Installing module $Name $Version$Minimum..."',
  "  $parameters = @{ Name = $Name; Scope = 'CurrentUser'; Force = $true; AllowClobber = $true; Repository = 'PSGallery' }",
  '  if ($Version) { $parameters.RequiredVersion = $Version } elseif ($Minimum) { $parameters.MinimumVersion = $Minimum }',
  '  Install-Module @parameters',
  '  $script:changes++',
  '}',
  '',
  '# Polls until a registration reads Registered, or stops with a clear message after the timeout.',
  'function Wait-Registered([string] $What, [scriptblock] $State) {',
  '  $deadline = (Get-Date).AddSeconds($RegistrationTimeoutSeconds)',
  "  while (($current = & $State) -ne 'Registered') {",
  '    if ((Get-Date) -gt $deadline) { throw "$What is still \'$current\' after $RegistrationTimeoutSeconds seconds: check it in the Azure portal and run this script again." }',
  '    Start-Sleep -Seconds 10',
  '  }',
  '}',
  '',
  '# Registers a resource provider unless it already is, and waits for it.',
  'function Register-Provider([string] $Namespace) {',
  '  $state = { @(Get-AzResourceProvider -ProviderNamespace $Namespace)[0].RegistrationState }',
  "  if ((& $state) -eq 'Registered') { return }",
  '  Register-AzResourceProvider -ProviderNamespace $Namespace | Out-Null',
  '  $script:changes++',
  '  Wait-Registered "Resource provider $Namespace" $state',
  '}',
  '',
  '# Registers a preview feature unless it already is, and waits for it.',
  'function Register-Feature([string] $Namespace, [string] $Feature) {',
  '  $state = { (Get-AzProviderFeature -ProviderNamespace $Namespace -FeatureName $Feature).RegistrationState }',
  "  if ((& $state) -eq 'Registered') { return }",
  '  Register-AzProviderFeature -ProviderNamespace $Namespace -FeatureName $Feature | Out-Null',
  '  $script:changes++',
  '  Wait-Registered "Feature $Namespace/$Feature" $state',
  '}',
];
