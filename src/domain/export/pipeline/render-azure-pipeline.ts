import { exportHeader, headerComments } from '../header';
import type { ExportPlan } from '../plan/types';
import type { DeploymentUnit } from './deployment-units';
import { PIPELINE_TEMPLATE_DIR } from './render-github-workflow';
import { yamlComment, yamlString } from './yaml-text';

/**
 * An Azure Pipelines definition that deploys the design: an Azure Resource Manager service connection with
 * workload identity federation (OpenID Connect; no secret), the Bicep deployment of every resource group,
 * then each resource group's post-deployment script.
 */
export function renderAzurePipeline(plan: ExportPlan, units: readonly DeploymentUnit[]): string {
  const dir = PIPELINE_TEMPLATE_DIR;
  const lines = [
    ...headerComments(exportHeader(plan), '#', (t) => yamlComment(t).slice(2)),
    '#',
    '# Azure Pipelines: save it as azure-pipelines.yml (or any name) and create a pipeline from it. It',
    `# deploys these files, exported beside it into ${dir}/:`,
    ...units.map((u) =>
      yamlComment(
        `  ${dir}/${u.stem}.bicep and ${dir}/${u.stem}.ps1 (${u.subscriptionId}/${u.resourceGroup})`,
      ),
    ),
    '#',
    '# Sign-in: create an Azure Resource Manager service connection of type "Workload identity federation"',
    '# (OpenID Connect: no secret is stored) named as the azureServiceConnection variable below, with',
    '# Contributor on the resource groups and the Power Platform rights the script needs.',
    ...(units.some((u) => u.unknownEnvironmentIds > 0)
      ? ['# Some environment IDs are not in the design: fill them in the scripts before the first run.']
      : []),
    'trigger: none',
    'parameters:',
    '  - name: namePrefix',
    "    displayName: 'Prefix for every resource name'",
    '    type: string',
    "    default: ' '",
    'variables:',
    "  azureServiceConnection: 'vnet-studio-oidc'",
    'pool:',
    '  vmImage: ubuntu-latest',
    'steps:',
    '  - checkout: self',
    ...units.flatMap((u) => [
      '  - task: AzureResourceManagerTemplateDeployment@3',
      `    displayName: ${yamlString(`Deploy ${u.resourceGroup} (Bicep)`)}`,
      '    inputs:',
      "      deploymentScope: 'Resource Group'",
      '      azureResourceManagerConnection: ${{ variables.azureServiceConnection }}',
      `      subscriptionId: ${yamlString(u.subscriptionId)}`,
      "      action: 'Create Or Update Resource Group'",
      `      resourceGroupName: ${yamlString(u.resourceGroup)}`,
      `      location: ${yamlString(u.location)}`,
      "      templateLocation: 'Linked artifact'",
      `      csmFile: ${yamlString(`${dir}/${u.stem}.bicep`)}`,
      '      overrideParameters: \'-namePrefix "${{ trim(parameters.namePrefix) }}"\'',
      "      deploymentMode: 'Incremental'",
      `      deploymentName: ${yamlString(`vnet-studio-${u.stem}`.slice(0, 64))}`,
    ]),
    ...units.flatMap((u) => [
      '  - task: AzurePowerShell@5',
      `    displayName: ${yamlString(`Post-deployment script for ${u.resourceGroup}`)}`,
      '    env:',
      '      NAME_PREFIX: ${{ trim(parameters.namePrefix) }}',
      '    inputs:',
      '      azureSubscription: ${{ variables.azureServiceConnection }}',
      "      ScriptType: 'InlineScript'",
      `      Inline: ${yamlString(`& ./${dir}/${u.stem}.ps1 -NamePrefix $env:NAME_PREFIX`)}`,
      "      azurePowerShellVersion: 'LatestVersion'",
      '      pwsh: true',
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
