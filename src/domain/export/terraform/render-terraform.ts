/**
 * The plan as a Terraform configuration: azurerm 4 for the network, azapi for the enterprise policy,
 * the Power Platform provider for the environment links. One file per concern for the zip download,
 * or everything in one `main.tf`.
 */
import type { Environment } from '../../model/schema';
import { exportHeader, headerComments } from '../header';
import { PARAMETERS, usedParameters } from '../plan/parameters';
import type { ExportPlan, PlannedOutput, PlannedResource } from '../plan/types';
import { hclComment, hclString } from './hcl-string';
import { attr, blank, block, comment, type HclItem, object, raw, renderHcl, text } from './hcl-writer';
import { withoutHubObjects } from './hub-objects-not-exported';
import { TerraformLabels } from './terraform-labels';
import { AZURERM_TYPE, type NetworkContext, networkItems } from './terraform-network';
import { environmentLinkItems, policyItems } from './terraform-policy';
import { hclValue, snake, VARIABLE_OF } from './terraform-values';

/**
 * Provider requirements. azurerm is pinned to the major whose schema the tests check the export
 * against (test-support/azurerm-schema.json, from the provider itself); azapi 2 takes `body` as an HCL
 * object; the Power Platform provider has had `powerplatform_enterprise_policy` since 3.x.
 */
export const TERRAFORM_PROVIDERS = {
  azurerm: { source: 'hashicorp/azurerm', version: '~> 4.55' },
  azapi: { source: 'Azure/azapi', version: '~> 2.0' },
  powerplatform: { source: 'microsoft/power-platform', version: '~> 3.0' },
} as const;
export const TERRAFORM_VERSION = '>= 1.5.0';

/** The files of the zip download, in this order. */
export const TERRAFORM_FILES = [
  'providers.tf',
  'variables.tf',
  'network.tf',
  'policy.tf',
  'outputs.tf',
] as const;
export type TerraformFileName = (typeof TERRAFORM_FILES)[number];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID_REGEX = '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$';

interface Link {
  environment: Environment;
  variable: string;
  policyAddress: string;
  label: string;
}

/** Terraform address (`type.label`) of every planned resource, and the environment links. */
interface Configuration {
  plan: ExportPlan;
  addresses: Map<string, string>;
  context: NetworkContext;
  links: Link[];
  /** Variable of each linked environment, by design id. */
  environmentVariables: Map<string, string>;
}

const terraformType = (r: PlannedResource) =>
  AZURERM_TYPE[r.type] ??
  (r.type === 'Microsoft.PowerPlatform/enterprisePolicies' ? 'azapi_resource' : undefined);

function configure(full: ExportPlan): Configuration {
  const plan = withoutHubObjects(full);
  const labels = new TerraformLabels();
  const addresses = new Map<string, string>();
  for (const r of plan.resources) {
    // an existing resource is referred to by its resource ID, never declared
    if (r.existing) continue;
    const type = terraformType(r);
    if (!type) throw new Error(`The Terraform export has no resource for ${r.type}.`);
    const fallback = type.replace(/^azurerm_|^azapi_/, '');
    addresses.set(r.symbol, `${type}.${labels.claim(type, [r.displayName], r.sourceId, fallback)}`);
  }
  const bySymbol = new Map(plan.resources.map((r) => [r.symbol, r]));
  const context: NetworkContext = {
    refs: { addressOf: (s) => addresses.get(s) },
    labels,
    subnets: new Map(),
    resourceOf: (s) => bySymbol.get(s),
  };
  const fixed = ['subscription_id', 'resource_group_name', ...Object.values(VARIABLE_OF)];
  for (const name of fixed) labels.claim('variable', [name], name, name);
  const environmentVariables = new Map<string, string>();
  const links: Link[] = [];
  for (const { policy, symbol } of plan.policies) {
    const policyAddress = addresses.get(symbol);
    if (!policyAddress) continue;
    for (const environment of plan.design.environments.filter((e) => e.policyIds.includes(policy.id))) {
      let variable = environmentVariables.get(environment.id);
      if (!variable) {
        variable = labels.claim(
          'variable',
          [`environment_id_${environment.name}`],
          environment.id,
          'environment_id',
        );
        environmentVariables.set(environment.id, variable);
      }
      const label = labels.claim(
        'powerplatform_enterprise_policy',
        [environment.name, `${environment.name}_${policy.name}`],
        environment.id,
        'environment',
      );
      links.push({ environment, variable, policyAddress, label });
    }
  }
  return { plan, addresses, context, links, environmentVariables };
}

/** Each chunk's items, chunks separated by a blank line. */
const joinChunks = (chunks: HclItem[][]): HclItem[] => chunks.flatMap((c, i) => (i ? [blank, ...c] : c));

function readme(config: Configuration): HclItem[] {
  const { plan } = config;
  // the notes name the deployment parameters as ARM and Bicep spell them
  const lines = headerComments(exportHeader(plan), '#', hclComment).map((l) =>
    comment(l.replace(/^# ?/, '').replace(/\bcrossScopePeerings\b/g, 'cross_scope_peerings')),
  );
  const unknown = [...config.environmentVariables].filter(([id]) => {
    const e = plan.design.environments.find((x) => x.id === id);
    return !e?.environmentId || !GUID.test(e.environmentId);
  });
  const json = JSON.stringify(plan.design);
  const nfc =
    json === json.normalize('NFC')
      ? []
      : [
          comment('Note: HCL reads every string in Unicode normalization form C, so names written with'),
          comment('decomposed characters are deployed in their composed form (as written below).'),
        ];
  return [
    ...lines,
    ...nfc,
    comment(''),
    comment('Terraform configuration: azurerm for the network, azapi for the enterprise policy, the Power'),
    comment(
      'Platform provider (microsoft/power-platform) for the environment links. The resource group must exist.',
    ),
    comment(
      'Sign in with the Azure CLI (az login) as someone who may deploy to the resource group and, for the',
    ),
    comment('environment links, who is a Power Platform administrator. Register the Microsoft.PowerPlatform'),
    comment(
      'resource provider and its enterprisePoliciesPreview feature once per subscription (step 1 of the',
    ),
    comment('post-deployment script does it). Then:'),
    comment('  terraform init'),
    comment(
      `  terraform plan -out=tfplan${unknown.map(([, v]) => ` -var ${v}=<environment GUID>`).join('')}`,
    ),
    comment('  terraform apply tfplan'),
  ];
}

function providers(config: Configuration): HclItem[] {
  const hasPolicy = config.plan.resources.some((r) => terraformType(r) === 'azapi_resource');
  const names: (keyof typeof TERRAFORM_PROVIDERS)[] = ['azurerm'];
  if (hasPolicy) names.push('azapi');
  if (config.links.length) names.push('powerplatform');
  const required = names
    .map((name) => [name, TERRAFORM_PROVIDERS[name]] as const)
    .map(([name, p]) =>
      attr(
        name,
        object([
          ['source', text(p.source)],
          ['version', text(p.version)],
        ]),
      ),
    );
  return joinChunks([
    [
      block(
        'terraform',
        [],
        [attr('required_version', text(TERRAFORM_VERSION)), block('required_providers', [], required)],
      ),
    ],
    [
      block(
        'provider',
        ['azurerm'],
        [attr('subscription_id', raw('var.subscription_id')), block('features', [], [])],
      ),
    ],
    ...(hasPolicy
      ? [[block('provider', ['azapi'], [attr('subscription_id', raw('var.subscription_id'))])]]
      : []),
    ...(config.links.length ? [[block('provider', ['powerplatform'], [attr('use_cli', raw('true'))])]] : []),
  ]);
}

function guidValidation(variable: string, what: string): HclItem {
  return block(
    'validation',
    [],
    [
      attr('condition', raw(`can(regex(${hclString(GUID_REGEX)}, var.${variable}))`)),
      attr('error_message', text(`${what} must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`)),
    ],
  );
}

function variables(config: Configuration): HclItem[] {
  const { plan } = config;
  const sub = plan.scope.subscriptionId;
  const chunks: HclItem[][] = [
    [
      block(
        'variable',
        ['subscription_id'],
        [
          attr('description', text('Subscription to deploy to.')),
          attr('type', raw('string')),
          ...(GUID.test(sub) ? [attr('default', text(sub))] : []),
          guidValidation('subscription_id', 'subscription_id'),
        ],
      ),
    ],
    [
      block(
        'variable',
        ['resource_group_name'],
        [
          attr('description', text('Existing resource group to deploy to.')),
          attr('type', raw('string')),
          attr('default', text(plan.scope.resourceGroup)),
        ],
      ),
    ],
  ];
  const used = usedParameters(plan);
  for (const p of PARAMETERS) {
    if (!used.has(p.name)) continue;
    const type = p.type === 'object' ? 'map(string)' : p.type;
    const value =
      typeof p.defaultValue === 'string'
        ? text(p.defaultValue)
        : typeof p.defaultValue === 'boolean'
          ? raw(String(p.defaultValue))
          : raw('{}');
    chunks.push([
      block(
        'variable',
        [VARIABLE_OF[p.name] ?? p.name],
        [
          attr('description', text(p.description.replace(/'/g, '"'))),
          attr('type', raw(type)),
          attr('default', value),
        ],
      ),
    ]);
  }
  for (const [id, variable] of config.environmentVariables) {
    const e = plan.design.environments.find((x) => x.id === id) as Environment;
    const known = e.environmentId !== undefined && GUID.test(e.environmentId);
    chunks.push([
      block(
        'variable',
        [variable],
        [
          attr(
            'description',
            text(
              `Power Platform environment ID of "${e.name}" (design object ${e.id})${known ? '.' : ': not known to the design, pass it.'}`,
            ),
          ),
          attr('type', raw('string')),
          ...(known ? [attr('default', text(e.environmentId as string))] : []),
          guidValidation(variable, `The environment ID of "${e.name}"`),
        ],
      ),
    ]);
  }
  return joinChunks(chunks);
}

function network(config: Configuration, only?: (r: PlannedResource) => boolean): HclItem[] {
  return joinChunks(
    config.plan.resources
      .filter((r) => !r.existing && terraformType(r) !== 'azapi_resource' && (!only || only(r)))
      .map((r) => networkItems(r, config.addresses.get(r.symbol) as string, config.context)),
  );
}

function policy(config: Configuration, only?: (r: PlannedResource) => boolean): HclItem[] {
  return joinChunks([
    ...config.plan.resources
      .filter((r) => !r.existing && terraformType(r) === 'azapi_resource' && (!only || only(r)))
      .map((r) => policyItems(r, config.addresses.get(r.symbol) as string, config.context)),
    ...config.links
      .filter(
        (l) =>
          !only ||
          config.plan.resources.some((r) => only(r) && config.addresses.get(r.symbol) === l.policyAddress),
      )
      .map((l) => environmentLinkItems(l.environment, l.variable, l.policyAddress, l.label)),
  ]);
}

function outputs(config: Configuration): HclItem[] {
  const names = new TerraformLabels();
  const symbolOf = (o: PlannedOutput) =>
    o.value.k === 'runtime' ? o.value.symbol : o.value.k === 'id' ? (o.value.target.symbol ?? '') : '';
  // an existing policy has no Terraform resource to read its outputs from
  return joinChunks(
    config.plan.outputs
      .filter((o) => config.addresses.has(symbolOf(o)))
      .map((o) => {
        const symbol = symbolOf(o);
        const label = config.addresses.get(symbol)?.split('.')[1] ?? 'policy';
        const suffix = o.name.startsWith(symbol) ? o.name.slice(symbol.length) : o.name;
        const name = names.claim('output', [`${label}_${snake(suffix)}`], o.name, 'output');
        return [
          block(
            'output',
            [name],
            [attr('description', text(o.description)), attr('value', hclValue(o.value, config.context.refs))],
          ),
        ];
      }),
  );
}

/** What each file holds; an empty file says so in a comment (the zip always has all five). */
function sections(config: Configuration): Record<TerraformFileName, HclItem[]> {
  const orEmpty = (items: HclItem[], what: string) =>
    items.length ? items : [comment(`No ${what} in this export.`)];
  // the network first: it claims the subnet labels the policy's depends_on refers to
  const net = network(config);
  return {
    'providers.tf': joinChunks([readme(config), providers(config)]),
    'variables.tf': variables(config),
    'network.tf': orEmpty(net, 'network resources'),
    'policy.tf': orEmpty(policy(config), 'enterprise policy'),
    'outputs.tf': orEmpty(outputs(config), 'outputs'),
  };
}

export interface TerraformFile {
  name: TerraformFileName;
  text: string;
}

/** The configuration as one file per concern (`providers.tf`, `variables.tf`, `network.tf`, ...). */
export function renderTerraformFiles(plan: ExportPlan): TerraformFile[] {
  const s = sections(configure(plan));
  return TERRAFORM_FILES.map((name) => ({ name, text: renderHcl(s[name]) }));
}

/** The configuration as a single `main.tf`, for copying. */
export function renderTerraform(plan: ExportPlan): string {
  const s = sections(configure(plan));
  const chunks = TERRAFORM_FILES.map((name) => s[name]).filter(
    (items) => !(items.length === 1 && items[0]?.kind === 'comment'),
  );
  return renderHcl(joinChunks(chunks));
}

/** The resources of one design object (its network resources, or its policy and links), for a snippet. */
export function renderTerraformSnippet(plan: ExportPlan, sourceId: string): string {
  const config = configure(plan);
  const own = (r: PlannedResource) => r.sourceId === sourceId;
  // every VNet is rendered so that subnet labels are claimed as in the full configuration
  const net = config.plan.resources
    .filter((r) => !r.existing && terraformType(r) !== 'azapi_resource')
    .map((r) => [r, networkItems(r, config.addresses.get(r.symbol) as string, config.context)] as const)
    .filter(([r]) => own(r))
    .map(([, items]) => items);
  const items = joinChunks([...net, policy(config, own)].filter((c) => c.length));
  return items.length ? renderHcl(items) : '';
}
