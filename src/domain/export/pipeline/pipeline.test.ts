/**
 * The deployment pipeline exports: YAML that parses (the `yaml` package), real actions and tasks with inputs
 * they declare, OpenID Connect sign-in and no secret, the Bicep deployment of every resource group, then
 * each post-deployment script, naming the files `export` writes.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { whitepaperScenario1 } from '../../samples/whitepaper-scenario-1';
import { exportDesign } from '../export-design';
import { adversarialFixture } from '../fixtures/adversarial';
import { multiScopeFixture } from '../fixtures/multi-scope';
import { listExportScopes } from '../list-export-scopes';

/**
 * Inputs each action declares in its action.yml (azure/login v2, azure/arm-deploy v2, azure/powershell v2,
 * actions/checkout v4), as published in their repositories.
 */
const ACTION_INPUTS: Record<string, string[]> = {
  'actions/checkout@v4': ['repository', 'ref', 'token', 'path', 'fetch-depth'],
  'azure/login@v2': [
    'creds',
    'client-id',
    'tenant-id',
    'subscription-id',
    'enable-AzPSSession',
    'environment',
    'allow-no-subscriptions',
    'audience',
    'auth-type',
  ],
  'azure/arm-deploy@v2': [
    'scope',
    'subscriptionId',
    'managementGroupId',
    'region',
    'resourceGroupName',
    'template',
    'deploymentMode',
    'deploymentName',
    'parameters',
    'failOnStdErr',
    'additionalArguments',
  ],
  'azure/powershell@v2': [
    'inlineScript',
    'azPSVersion',
    'errorActionPreference',
    'failOnStandardError',
    'githubToken',
  ],
};

type Step = { uses?: string; name?: string; with?: Record<string, unknown>; run?: string };
type Workflow = {
  name: string;
  on: { workflow_dispatch: { inputs: Record<string, unknown> } };
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; env: Record<string, string>; steps: Step[] }>;
};

function workflow(design = whitepaperScenario1(), options = {}) {
  const result = exportDesign(design, { target: 'github-workflow', ...options });
  return { result, yaml: parse(result.text) as Workflow };
}

describe('export --target github-workflow', () => {
  it('parses as YAML and uses real actions with inputs they declare', () => {
    const { result, yaml } = workflow();
    expect(result.fileName).toBe('whitepaper-scenario-1.deploy.github-workflow.yml');
    const steps = yaml.jobs.deploy?.steps ?? [];
    expect(steps.map((s) => s.uses)).toEqual([
      'actions/checkout@v4',
      'azure/login@v2',
      'azure/arm-deploy@v2',
      'azure/powershell@v2',
    ]);
    for (const s of steps) {
      const allowed = ACTION_INPUTS[s.uses ?? ''];
      expect(allowed, s.uses).toBeDefined();
      for (const key of Object.keys(s.with ?? {})) expect(allowed, `${s.uses} input ${key}`).toContain(key);
    }
    expect(steps[2]?.with).toMatchObject({
      scope: 'resourcegroup',
      subscriptionId: '00000000-0000-0000-0000-000000000000',
      resourceGroupName: 'rg-contoso-network',
      template: 'infra/whitepaper-scenario-1.bicep',
    });
    expect(steps[3]?.with?.inlineScript).toBe(
      '& ./infra/whitepaper-scenario-1.ps1 -NamePrefix $env:NAME_PREFIX',
    );
  });

  it('signs in with OpenID Connect and holds no secret', () => {
    const { result, yaml } = workflow();
    expect(yaml.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    const login = yaml.jobs.deploy?.steps.find((s) => s.uses === 'azure/login@v2');
    expect(login?.with).toMatchObject({
      'client-id': '${{ vars.AZURE_CLIENT_ID }}',
      'tenant-id': '${{ vars.AZURE_TENANT_ID }}',
    });
    expect(login?.with).not.toHaveProperty('creds');
    expect(result.text).not.toMatch(/secrets\.|client-secret|password/i);
    // user input reaches scripts through the environment, never spliced into the script text
    expect(result.text).not.toMatch(/inlineScript:.*\$\{\{/);
  });

  it('deploys every resource group of a multi-scope design, then runs each script, with the names export gives the files', () => {
    const design = multiScopeFixture();
    const { yaml } = workflow(design);
    const steps = yaml.jobs.deploy?.steps ?? [];
    const scopes = listExportScopes(design);
    expect(scopes.length).toBeGreaterThan(1);
    const deploys = steps.filter((s) => s.uses === 'azure/arm-deploy@v2');
    const scripts = steps.filter((s) => s.uses === 'azure/powershell@v2');
    expect(deploys.map((s) => `${s.with?.subscriptionId}/${s.with?.resourceGroupName}`)).toEqual(scopes);
    expect(scripts).toHaveLength(scopes.length);
    // every deployment comes before every script
    expect(steps.indexOf(deploys.at(-1) as Step)).toBeLessThan(steps.indexOf(scripts[0] as Step));
    scopes.forEach((scope, i) => {
      const bicep = exportDesign(design, { target: 'bicep', scope }).fileName;
      const script = exportDesign(design, { target: 'script', scope }).fileName;
      expect(deploys[i]?.with?.template).toBe(`infra/${bicep}`);
      expect(scripts[i]?.with?.inlineScript).toContain(`./infra/${script} `);
    });
  });

  it('keeps hostile names inside quoted scalars and comments', () => {
    const { yaml, result } = workflow(adversarialFixture());
    expect(typeof yaml.name).toBe('string');
    expect(yaml.jobs.deploy?.steps.length).toBeGreaterThan(3);
    expect(result.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u2029]/);
  });
});

type Task = {
  task?: string;
  checkout?: string;
  displayName?: string;
  inputs?: Record<string, unknown>;
  env?: Record<string, string>;
};

describe('export --target azure-pipelines', () => {
  it('parses as YAML: Bicep deployments through a workload identity service connection, then the scripts', () => {
    const design = multiScopeFixture();
    const result = exportDesign(design, { target: 'azure-pipelines' });
    expect(result.fileName).toMatch(/\.deploy\.azure-pipelines\.yml$/);
    const yaml = parse(result.text) as { trigger: string; steps: Task[]; variables: Record<string, string> };
    expect(yaml.trigger).toBe('none');
    const scopes = listExportScopes(design);
    const deploys = yaml.steps.filter((s) => s.task === 'AzureResourceManagerTemplateDeployment@3');
    const scripts = yaml.steps.filter((s) => s.task === 'AzurePowerShell@5');
    expect(deploys.map((s) => `${s.inputs?.subscriptionId}/${s.inputs?.resourceGroupName}`)).toEqual(scopes);
    expect(scripts).toHaveLength(scopes.length);
    for (const d of deploys) {
      expect(d.inputs).toMatchObject({
        deploymentScope: 'Resource Group',
        azureResourceManagerConnection: '${{ variables.azureServiceConnection }}',
        action: 'Create Or Update Resource Group',
        templateLocation: 'Linked artifact',
        deploymentMode: 'Incremental',
      });
      expect(String(d.inputs?.csmFile)).toMatch(/^infra\/.*\.bicep$/);
      expect(d.inputs?.location).toMatch(/^[a-z0-9]+$/);
    }
    for (const s of scripts) {
      expect(s.inputs).toMatchObject({
        ScriptType: 'InlineScript',
        azurePowerShellVersion: 'LatestVersion',
        pwsh: true,
      });
      expect(String(s.inputs?.Inline)).toMatch(/^& \.\/infra\/.*\.ps1 -NamePrefix \$env:NAME_PREFIX$/);
    }
    expect(result.text).not.toMatch(/client-?secret|password|servicePrincipalKey|\bsecrets\./i);
    expect(result.text).toContain('Workload identity federation');
  });
});
