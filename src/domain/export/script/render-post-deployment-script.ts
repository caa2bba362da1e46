import { exportHeader, headerComments } from '../header';
import { resourceName } from '../plan/expr';
import { SymbolTable } from '../plan/symbols';
import type { ExportPlan } from '../plan/types';
import { commentText } from '../text-safety';
import { psString } from './powershell-string';

export const ENVIRONMENT_ID_PLACEHOLDER = 'REPLACE-WITH-ENVIRONMENT-ID';

export interface ScriptOptions {
  /** The template file the `az deployment group create` command deploys. */
  templateFile: string;
}

/**
 * The PowerShell script to run once the template is deployed: provider and feature registration, the
 * Microsoft.PowerPlatform.EnterprisePolicies module, the equivalent `az deployment group create`
 * (run with -Deploy), and one `Enable-SubnetInjection` per environment linked to an exported policy.
 */
export function renderPostDeploymentScript(plan: ExportPlan, options: ScriptOptions): string {
  const { design, scope } = plan;
  const names = new SymbolTable();
  const links = plan.policies.flatMap(({ policy }) =>
    design.environments
      .filter((e) => e.policyIds.includes(policy.id))
      .map((environment) => ({ environment, policy })),
  );
  const envParams = new Map<string, { param: string; known: boolean; value: string; name: string }>();
  for (const { environment: e } of links) {
    if (envParams.has(e.id)) continue;
    const known = e.environmentId !== undefined && e.environmentId !== '';
    envParams.set(e.id, {
      param: names.claim('EnvironmentId', e.id).replace(/^e/, 'E'),
      known,
      value: known ? (e.environmentId as string) : ENVIRONMENT_ID_PLACEHOLDER,
      name: e.name,
    });
  }
  const params = [
    '  # The namePrefix the template was deployed with.',
    "  [string] $NamePrefix = '',",
    ...[...envParams.entries()].flatMap(([id, p]) => [
      `  # Power Platform environment ID of ${commentText(JSON.stringify(p.name))} (design object ${id})${p.known ? '.' : ': NOT KNOWN, pass it.'}`,
      `  [string] $${p.param} = ${psString(p.value)},`,
    ]),
    '  # Deploy the template first (az deployment group create).',
    '  [switch] $Deploy',
  ];
  const subscriptions = [...new Set(plan.scopes.map((s) => s.subscriptionId))];
  const lines = [
    ...headerComments(exportHeader(plan), '#', commentText),
    '# Post-deployment script: run it in PowerShell 7 signed in with Connect-AzAccount (Az module) and,',
    '# for -Deploy, with the Azure CLI signed in (az login).',
    '',
    '[CmdletBinding()]',
    'param(',
    ...params,
    ')',
    "$ErrorActionPreference = 'Stop'",
    '',
    '# 1. Prerequisites: resource providers and the enterprise policies preview feature.',
    `foreach ($subscriptionId in @(${subscriptions.map(psString).join(', ')})) {`,
    '  Set-AzContext -Subscription $subscriptionId | Out-Null',
    "  Register-AzResourceProvider -ProviderNamespace 'Microsoft.Network' | Out-Null",
    "  Register-AzResourceProvider -ProviderNamespace 'Microsoft.PowerPlatform' | Out-Null",
    "  Register-AzProviderFeature -FeatureName 'enterprisePoliciesPreview' -ProviderNamespace 'Microsoft.PowerPlatform' | Out-Null",
    '}',
    '',
    '# 2. The deployment. Equivalent Azure CLI command:',
    `#   az deployment group create --subscription ${commentText(psString(scope.subscriptionId))} --resource-group ${commentText(psString(scope.resourceGroup))} --template-file ${commentText(psString(options.templateFile))} --parameters namePrefix=<prefix>`,
    'if ($Deploy) {',
    `  az deployment group create --subscription ${psString(scope.subscriptionId)} --resource-group ${psString(scope.resourceGroup)} --template-file ${psString(options.templateFile)} --parameters "namePrefix=$NamePrefix"`,
    "  if ($LASTEXITCODE -ne 0) { throw 'The deployment failed.' }",
    '}',
    '',
    '# 3. The module that links environments to enterprise policies.',
    'if (-not (Get-Module -ListAvailable -Name Microsoft.PowerPlatform.EnterprisePolicies)) {',
    '  Install-Module -Name Microsoft.PowerPlatform.EnterprisePolicies -Scope CurrentUser -Force',
    '}',
    'Import-Module Microsoft.PowerPlatform.EnterprisePolicies',
    '',
    '# 4. Link each environment to its enterprise policy (Disable-SubnetInjection undoes it).',
    ...linkLines(plan, links, envParams),
  ];
  return `${lines.join('\n')}\n`;
}

function linkLines(
  plan: ExportPlan,
  links: { environment: { id: string; name: string }; policy: { id: string; name: string } }[],
  envParams: Map<string, { param: string; known: boolean }>,
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
  for (const { policy, symbol } of plan.policies) {
    if (!links.some((l) => l.policy.id === policy.id)) continue;
    out.push(
      `# Enterprise policy ${commentText(JSON.stringify(policy.name))} (design object ${policy.id})`,
      `$${symbol} = ${psString(`/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.PowerPlatform/enterprisePolicies/`)} + $NamePrefix + ${psString(resourceName(policy.name))}`,
    );
    for (const { environment } of links.filter((l) => l.policy.id === policy.id)) {
      const p = envParams.get(environment.id);
      if (!p) continue;
      out.push(
        `# Environment ${commentText(JSON.stringify(environment.name))}`,
        `Enable-SubnetInjection -EnvironmentId $${p.param} -PolicyArmId $${symbol}`,
      );
    }
  }
  return out;
}
