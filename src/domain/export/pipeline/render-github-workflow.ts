import { exportHeader, headerComments } from '../header';
import type { ExportPlan } from '../plan/types';
import type { DeploymentUnit } from './deployment-units';
import { yamlComment, yamlString } from './yaml-text';

/** Where the workflow expects the exported templates and scripts, relative to the repository root. */
export const PIPELINE_TEMPLATE_DIR = 'infra';

/**
 * A GitHub Actions workflow that deploys the design: sign-in with OpenID Connect (a federated credential;
 * no secret in the repository), the Bicep deployment of every resource group, then each resource group's
 * post-deployment script.
 */
export function renderGithubWorkflow(plan: ExportPlan, units: readonly DeploymentUnit[]): string {
  const dir = PIPELINE_TEMPLATE_DIR;
  const lines = [
    ...headerComments(exportHeader(plan), '#', (t) => yamlComment(t).slice(2)),
    '#',
    '# GitHub Actions workflow: save it as .github/workflows/deploy-network.yml. It deploys these files,',
    `# exported beside it into ${dir}/ (vnet-studio export DESIGN --target bicep|script --scope SUB/RG -o ...):`,
    ...units.flatMap((u) => [
      yamlComment(
        `  ${dir}/${u.stem}.bicep and ${dir}/${u.stem}.ps1 (${u.subscriptionId}/${u.resourceGroup})`,
      ),
    ]),
    '#',
    '# Sign-in uses OpenID Connect: create a Microsoft Entra app registration (or user-assigned managed',
    '# identity) with a federated credential for this repository, give it Contributor on the resource groups',
    '# and the Power Platform rights the script needs, and set the repository variables AZURE_CLIENT_ID and',
    '# AZURE_TENANT_ID. No secret is stored anywhere. The resource groups must exist.',
    ...(units.some((u) => u.unknownEnvironmentIds > 0)
      ? ['# Some environment IDs are not in the design: fill them in the scripts before the first run.']
      : []),
    `name: ${yamlString(`Deploy ${plan.design.name}`)}`,
    'on:',
    '  workflow_dispatch:',
    '    inputs:',
    '      namePrefix:',
    "        description: 'Prefix for every resource name (the templates'' namePrefix parameter)'",
    '        required: false',
    "        default: ''",
    'permissions:',
    '  id-token: write',
    '  contents: read',
    'concurrency:',
    `  group: ${yamlString(`deploy-${plan.design.id}`)}`,
    '  cancel-in-progress: false',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: production',
    '    env:',
    '      NAME_PREFIX: ${{ inputs.namePrefix }}',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Sign in to Azure with OpenID Connect',
    '        uses: azure/login@v2',
    '        with:',
    '          client-id: ${{ vars.AZURE_CLIENT_ID }}',
    '          tenant-id: ${{ vars.AZURE_TENANT_ID }}',
    `          subscription-id: ${yamlString(units[0]?.subscriptionId ?? plan.scope.subscriptionId)}`,
    '          enable-AzPSSession: true',
    ...units.flatMap((u) => [
      `      - name: ${yamlString(`Deploy ${u.resourceGroup} (Bicep)`)}`,
      '        uses: azure/arm-deploy@v2',
      '        with:',
      '          scope: resourcegroup',
      `          subscriptionId: ${yamlString(u.subscriptionId)}`,
      `          resourceGroupName: ${yamlString(u.resourceGroup)}`,
      `          template: ${yamlString(`${dir}/${u.stem}.bicep`)}`,
      '          parameters: namePrefix=${{ env.NAME_PREFIX }}',
      `          deploymentName: ${yamlString(`vnet-studio-${u.stem}`.slice(0, 64))}`,
      '          failOnStdErr: false',
    ]),
    ...units.flatMap((u) => [
      `      - name: ${yamlString(`Post-deployment script for ${u.resourceGroup}`)}`,
      '        uses: azure/powershell@v2',
      '        with:',
      '          azPSVersion: latest',
      `          inlineScript: ${yamlString(`& ./${dir}/${u.stem}.ps1 -NamePrefix $env:NAME_PREFIX`)}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
