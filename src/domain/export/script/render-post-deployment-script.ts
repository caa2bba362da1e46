import {
  type Cloud,
  cloudOfPolicyLocation,
  cloudOfRegion,
  powerPlatformEndpoint,
} from '../../catalog/clouds';
import { findGeography } from '../../catalog/regions';
import { exportHeader, headerComments } from '../header';
import { resourceName } from '../plan/expr';
import { SymbolTable } from '../plan/symbols';
import type { ExportPlan } from '../plan/types';
import { commentText } from '../text-safety';
import { psString } from './powershell-string';
import {
  AZ_MODULE_VERSIONS,
  ENTERPRISE_POLICIES_MINIMUM_VERSION,
  ENTERPRISE_POLICIES_UAE_RELEASE,
  SCRIPT_HELPERS,
} from './script-prelude';

export const ENVIRONMENT_ID_PLACEHOLDER = 'REPLACE-WITH-ENVIRONMENT-ID';

export interface ScriptOptions {
  /** The template file the `az deployment group create` command deploys. */
  templateFile: string;
}

interface EnvironmentParam {
  param: string;
  known: boolean;
  value: string;
  name: string;
  managed: boolean;
}

/** The cloud the script signs in to and the Power Platform endpoint it links through. */
export function scriptCloud(plan: ExportPlan): { cloud: Cloud; endpoint: string; from: string } {
  const policy = plan.policies[0]?.policy;
  if (policy) {
    return {
      cloud: cloudOfPolicyLocation(policy.location),
      endpoint: powerPlatformEndpoint(policy.location),
      from: `policy location ${policy.location.trim() || '(none)'}`,
    };
  }
  const vnet = plan.design.vnets.find((v) => plan.includedIds.has(v.id));
  const cloud = cloudOfRegion(vnet?.region ?? '');
  return {
    cloud,
    endpoint: cloud.id === 'usgov' ? 'usgovhigh' : cloud.id === 'china' ? 'china' : 'prod',
    from: vnet ? `region ${vnet.region}` : 'the default',
  };
}

/**
 * The PowerShell script to run once the template is deployed. It works the first time on a fresh machine
 * and changes nothing the second time (and says so): it installs the modules it needs without prompting,
 * signs in to the policy geography's cloud, registers and waits for the resource providers and the preview
 * feature, optionally deploys the template (`-Deploy`, after `az cloud set`), checks that each environment
 * is a Managed Environment (`-EnableManagedEnvironments` turns it on), and links each environment with
 * `Enable-SubnetInjection` — replacing another linked policy only with `-Swap` — printing the unlink command.
 */
export function renderPostDeploymentScript(plan: ExportPlan, options: ScriptOptions): string {
  const { design, scope } = plan;
  const names = new SymbolTable();
  const links = plan.policies.flatMap(({ policy }) =>
    design.environments
      .filter((e) => e.policyIds.includes(policy.id))
      .map((environment) => ({ environment, policy })),
  );
  const envParams = new Map<string, EnvironmentParam>();
  for (const { environment: e } of links) {
    if (envParams.has(e.id)) continue;
    const known = e.environmentId !== undefined && e.environmentId !== '';
    envParams.set(e.id, {
      param: names.claim('EnvironmentId', e.id).replace(/^e/, 'E'),
      known,
      value: known ? (e.environmentId as string) : ENVIRONMENT_ID_PLACEHOLDER,
      name: e.name,
      managed: e.managed,
    });
  }
  const { cloud, endpoint, from } = scriptCloud(plan);
  const params = [
    '  # The namePrefix the template was deployed with.',
    "  [string] $NamePrefix = '',",
    ...[...envParams.entries()].flatMap(([id, p]) => [
      `  # Power Platform environment ID of ${commentText(JSON.stringify(p.name))} (design object ${id})${p.known ? '.' : ': NOT KNOWN, pass it.'}`,
      `  [string] $${p.param} = ${psString(p.value)},`,
    ]),
    '  # Deploy the template first (az deployment group create).',
    '  [switch] $Deploy,',
    '  # Turn on Managed Environments for linked environments that are not managed (otherwise the script stops and says how).',
    '  [switch] $EnableManagedEnvironments,',
    '  # Replace the policy an environment is already linked to (passes -Swap to Enable-SubnetInjection).',
    '  [switch] $Swap,',
    '  # Seconds to wait for each resource provider or feature registration.',
    '  [int] $RegistrationTimeoutSeconds = 900',
  ];
  const subscriptions = [...new Set(plan.scopes.map((s) => s.subscriptionId))];
  const needsUae = plan.policies.some(
    ({ policy }) => findGeography(policy.location)?.policyLocation === 'uae',
  );
  const lines = [
    ...headerComments(exportHeader(plan), '#', commentText),
    '# Post-deployment script: run it in PowerShell 7. It installs what it needs for the current user, signs in',
    '# to Azure (Connect-AzAccount) and Power Platform (Add-PowerAppsAccount) when needed, and for -Deploy',
    '# uses the Azure CLI (az login). Running it again changes nothing and says so.',
    '',
    '[CmdletBinding()]',
    'param(',
    ...params,
    ')',
    "$ErrorActionPreference = 'Stop'",
    "$ProgressPreference = 'SilentlyContinue'",
    ...SCRIPT_HELPERS,
    '',
    `# The cloud follows the ${commentText(from)}: ${cloud.label}.`,
    `$azureEnvironment = ${psString(cloud.azEnvironment)}`,
    `$powerPlatformEndpoint = ${psString(endpoint)}`,
    '',
    '# 1. Modules, without prompting: the Az versions the EnterprisePolicies module asserts, the Power Apps',
    `#    administration module, and EnterprisePolicies ${ENTERPRISE_POLICIES_MINIMUM_VERSION} or later (Enable-SubnetInjection)${needsUae ? `, released on or after ${ENTERPRISE_POLICIES_UAE_RELEASE} (its unitedarabemirates/uae location match)` : ''}.`,
    `foreach ($module in @(${AZ_MODULE_VERSIONS.map(([n, v]) => `@(${psString(n)}, ${psString(v)})`).join(', ')})) {`,
    '  Install-RequiredModule -Name $module[0] -Version $module[1]',
    '}',
    "Install-RequiredModule -Name 'Microsoft.PowerApps.Administration.PowerShell'",
    `Install-RequiredModule -Name 'Microsoft.PowerPlatform.EnterprisePolicies' -Minimum ${psString(ENTERPRISE_POLICIES_MINIMUM_VERSION)}${needsUae ? ` -PublishedSince ([datetime] ${psString(ENTERPRISE_POLICIES_UAE_RELEASE)})` : ''}`,
    "Import-Module 'Microsoft.PowerPlatform.EnterprisePolicies'",
    ...(cloud.id === 'public'
      ? []
      : [
          '# Outside the public cloud Enable-SubnetInjection needs -AzureEnvironment, which older releases lack.',
          "if (-not (Get-Command Enable-SubnetInjection).Parameters.ContainsKey('AzureEnvironment')) {",
          "  Install-Module -Name 'Microsoft.PowerPlatform.EnterprisePolicies' -Scope CurrentUser -Force -AllowClobber -Repository 'PSGallery'",
          "  Import-Module 'Microsoft.PowerPlatform.EnterprisePolicies' -Force",
          '  $script:changes++',
          '}',
        ]),
    '',
    '# 2. Sign in to the cloud (skipped when already signed in there).',
    '$context = Get-AzContext',
    'if (-not $context -or $context.Environment.Name -ne $azureEnvironment) {',
    '  Connect-AzAccount -Environment $azureEnvironment | Out-Null',
    '}',
    '',
    '# 3. Resource providers and the enterprise policies preview feature, waiting until each reads Registered.',
    `foreach ($subscriptionId in @(${subscriptions.map(psString).join(', ')})) {`,
    '  Set-AzContext -Subscription $subscriptionId | Out-Null',
    "  Register-Provider 'Microsoft.Network'",
    "  Register-Provider 'Microsoft.PowerPlatform'",
    "  Register-Feature 'Microsoft.PowerPlatform' 'enterprisePoliciesPreview'",
    '}',
    '',
    '# 4. The deployment. Equivalent Azure CLI commands:',
    `#   az cloud set --name ${cloud.azCliCloud}`,
    `#   az deployment group create --subscription ${commentText(psString(scope.subscriptionId))} --resource-group ${commentText(psString(scope.resourceGroup))} --template-file ${commentText(psString(options.templateFile))} --parameters namePrefix=<prefix>`,
    'if ($Deploy) {',
    `  az cloud set --name ${psString(cloud.azCliCloud)}`,
    "  if ($LASTEXITCODE -ne 0) { throw 'az cloud set failed: is the Azure CLI installed?' }",
    `  az deployment group create --subscription ${psString(scope.subscriptionId)} --resource-group ${psString(scope.resourceGroup)} --template-file ${psString(options.templateFile)} --parameters "namePrefix=$NamePrefix"`,
    "  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }",
    '}',
    '',
    '# 5. Link each environment to its enterprise policy.',
    ...linkLines(plan, links, envParams),
    '',
    "if ($script:changes -eq 0) { Write-Host 'Nothing changed: everything was already in place.' }",
    'else { Write-Host "Done: $($script:changes) change(s)." }',
  ];
  return `${lines.join('\n')}\n`;
}

function linkLines(
  plan: ExportPlan,
  links: { environment: { id: string; name: string }; policy: { id: string; name: string } }[],
  envParams: Map<string, EnvironmentParam>,
): string[] {
  if (!links.length) return ['# No environment is linked to an enterprise policy of this export.'];
  const out: string[] = [];
  if ([...envParams.values()].some((p) => !p.known)) {
    out.push(
      'foreach ($name in @(' +
        [...envParams.values()]
          .filter((p) => !p.known)
          .map((p) => psString(p.param))
          .join(', ') +
        ')) {',
      `  if ((Get-Variable -Name $name -ValueOnly) -eq ${psString(ENVIRONMENT_ID_PLACEHOLDER)}) { throw "Pass -$name with the Power Platform environment ID." }`,
      '}',
    );
  }
  const { scope } = plan;
  const entries: string[] = [];
  for (const { policy, symbol } of plan.policies) {
    if (!links.some((l) => l.policy.id === policy.id)) continue;
    out.push(
      `# Enterprise policy ${commentText(JSON.stringify(policy.name))} (design object ${policy.id})`,
      `$${symbol} = ${psString(`/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.PowerPlatform/enterprisePolicies/`)} + $NamePrefix + ${psString(resourceName(policy.name))}`,
    );
    for (const { environment } of links.filter((l) => l.policy.id === policy.id)) {
      const p = envParams.get(environment.id);
      if (!p) continue;
      if (!p.managed)
        out.push(
          `# The design marks ${commentText(JSON.stringify(environment.name))} as not a Managed Environment: run with -EnableManagedEnvironments, or turn it on first.`,
        );
      entries.push(
        `  @{ Name = ${psString(environment.name)}; EnvironmentId = $${p.param}; PolicyArmId = $${symbol}; Current = $null }`,
      );
    }
  }
  out.push(
    '$links = @(',
    entries.join(',\n'),
    ')',
    'Add-PowerAppsAccount -Endpoint $powerPlatformEndpoint | Out-Null',
    '# Managed Environments first: NetworkInjection policies link only to Managed Environments.',
    'foreach ($link in $links) {',
    '  $environment = Get-AdminPowerAppEnvironment -EnvironmentName $link.EnvironmentId',
    '  if (-not $environment) { throw "Environment $($link.Name) ($($link.EnvironmentId)) was not found: check its ID and that you are a Power Platform administrator." }',
    '  $link.Current = $environment.Internal.properties.enterprisePolicies.VNets.id',
    "  if ($environment.Internal.properties.governanceConfiguration.protectionLevel -eq 'Standard') { continue }",
    '  if (-not $EnableManagedEnvironments) {',
    '    throw "Environment $($link.Name) is not a Managed Environment. Turn it on in the Power Platform admin center (Manage > Environments > $($link.Name) > Enable Managed Environments), or run this script again with -EnableManagedEnvironments."',
    '  }',
    "  $governance = [pscustomobject] @{ protectionLevel = 'Standard'; settings = [pscustomobject] @{ extendedSettings = @{} } }",
    '  Set-AdminPowerAppEnvironmentGovernanceConfiguration -EnvironmentName $link.EnvironmentId -UpdatedGovernanceConfiguration $governance | Out-Null',
    '  Write-Host "Turned on Managed Environments for $($link.Name)."',
    '  $script:changes++',
    '}',
    'foreach ($link in $links) {',
    '  $unlink = "Disable-SubnetInjection -EnvironmentId $($link.EnvironmentId) -Endpoint $powerPlatformEndpoint"',
    '  if ($link.Current -and $link.Current -ieq $link.PolicyArmId) {',
    '    Write-Host "$($link.Name) is already linked to $($link.PolicyArmId): nothing to do. To unlink it: $unlink"',
    '    continue',
    '  }',
    '  if ($link.Current -and -not $Swap) {',
    '    throw "$($link.Name) is linked to another policy ($($link.Current)). Run this script again with -Swap to replace it, or unlink it first: $unlink"',
    '  }',
    '  $enable = @{ EnvironmentId = $link.EnvironmentId; PolicyArmId = $link.PolicyArmId; Endpoint = $powerPlatformEndpoint }',
    "  if ($azureEnvironment -ne 'AzureCloud') { $enable.AzureEnvironment = $azureEnvironment }",
    '  if ($link.Current) { $enable.Swap = $true }',
    '  Enable-SubnetInjection @enable | Out-Null',
    '  $script:changes++',
    '  Write-Host "Linked $($link.Name) to $($link.PolicyArmId). To unlink it: $unlink"',
    '}',
  );
  return out;
}
