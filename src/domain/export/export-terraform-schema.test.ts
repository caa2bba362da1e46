/**
 * Every resource type, argument and block the Terraform export writes exists in its provider's schema:
 * - azurerm: test-support/azurerm-schema.json, extracted from the provider's own schema as
 *   `@cdktf/provider-azurerm` 14.23.1 carries it (azurerm 4.55.0; regenerate with
 *   `node scripts/extract-azurerm-schema.mjs`), same major as the exported `required_providers`;
 *   required arguments and blocks must be present too.
 * - azapi: the arguments of `azapi_resource` documented by the azapi provider (its repository
 *   Azure/terraform-provider-azapi, docs/resources/resource.md and docs/index.md), and the `body`
 *   validated, as an ARM resource, against the published ARM schemas in ../shared/arm-schemas.
 * - Power Platform: `powerplatform_enterprise_policy` as documented in the provider's repository,
 *   microsoft/terraform-provider-power-platform, docs/resources/enterprise_policy.md: required
 *   `environment_id`, `policy_type` [NetworkInjection, Encryption], `system_id`; optional `timeouts`;
 *   the provider block's `use_cli` as in that page's example.
 * Without the HCL parser or the ARM schemas the checks skip with a message, except in CI (CI=true).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDesign } from './export-design';
import { hubAndSpokeFixture } from './fixtures/hub-and-spoke';
import { ENTERPRISE_POLICY_API_VERSION } from './plan/types';
import { TERRAFORM_PROVIDERS } from './terraform/render-terraform';
import { loadArmSchemaValidator, SCHEMA_ROOT } from './test-support/arm-schema-validator';
import { terraformCases } from './test-support/terraform-cases';
import { loadHclParser, type TfBody, type TfJson } from './test-support/terraform-hcl';

interface BlockSchema {
  arguments: Record<string, { required: boolean; type: string }>;
  blocks: Record<string, BlockSchema & { required: boolean }>;
}
const schema = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'test-support', 'azurerm-schema.json'), 'utf8'),
) as { version: string; providerConfig: BlockSchema; resources: Record<string, BlockSchema> };

/** Terraform's meta-arguments, allowed in every resource block. */
const META = new Set(['count', 'depends_on', 'for_each', 'lifecycle', 'provider']);
/**
 * azapi_resource arguments as documented in the azapi provider's repository, Azure/terraform-provider-azapi,
 * docs/resources/resource.md (Required: `type`; the Optional ones listed here are those the export may
 * write or a reader may add). The export always writes `name` and `parent_id` as well.
 */
const AZAPI_RESOURCE = {
  required: ['type', 'name', 'parent_id'],
  optional: [
    'body',
    'location',
    'tags',
    'identity',
    'response_export_values',
    'schema_validation_enabled',
    'locks',
    'timeouts',
    'retry',
  ],
};
/** azapi provider arguments used: `subscription_id` (same repository, docs/index.md, Schema). */
const AZAPI_PROVIDER = ['subscription_id'];
/** powerplatform_enterprise_policy (docs/resources/enterprise_policy.md of the provider's repository). */
const POWERPLATFORM_LINK = {
  required: ['environment_id', 'policy_type', 'system_id'],
  optional: ['timeouts'],
};
const POWERPLATFORM_PROVIDER = ['use_cli'];

function checkBlock(path: string, body: TfBody, s: BlockSchema, problems: string[], meta = false): void {
  for (const [key, value] of Object.entries(body)) {
    if (meta && META.has(key)) continue;
    if (s.arguments[key]) continue;
    const nested = s.blocks[key];
    if (!nested) {
      problems.push(`${path}: "${key}" is not an argument or block`);
      continue;
    }
    for (const [i, b] of (value as TfBody[]).entries())
      checkBlock(`${path}.${key}[${i}]`, b, nested, problems);
  }
  for (const [k, a] of Object.entries(s.arguments))
    if (a.required && !(k in body)) problems.push(`${path}: "${k}" is required`);
  for (const [k, b] of Object.entries(s.blocks))
    if (b.required && !(k in body)) problems.push(`${path}: block "${k}" is required`);
}

function checkList(
  path: string,
  body: TfBody,
  spec: { required: string[]; optional: string[] },
  problems: string[],
): void {
  for (const key of Object.keys(body))
    if (!META.has(key) && !spec.required.includes(key) && !spec.optional.includes(key))
      problems.push(`${path}: "${key}" is not a documented argument`);
  for (const key of spec.required) if (!(key in body)) problems.push(`${path}: "${key}" is required`);
}

/** Every problem of a parsed configuration against the providers' schemas. */
function schemaProblems(tf: TfJson): string[] {
  const problems: string[] = [];
  for (const [type, byLabel] of Object.entries(tf.resource ?? {})) {
    for (const [label, [body]] of Object.entries(byLabel)) {
      const path = `${type}.${label}`;
      if (!body) continue;
      if (type.startsWith('azurerm_')) {
        const s = schema.resources[type];
        if (!s) problems.push(`${path}: azurerm ${schema.version} has no resource ${type}`);
        else checkBlock(path, body, s, problems, true);
      } else if (type === 'azapi_resource') checkList(path, body, AZAPI_RESOURCE, problems);
      else if (type === 'powerplatform_enterprise_policy') {
        checkList(path, body, POWERPLATFORM_LINK, problems);
        if (!['NetworkInjection', 'Encryption'].includes(body.policy_type as string))
          problems.push(`${path}: policy_type ${String(body.policy_type)} is not documented`);
      } else problems.push(`${path}: no schema for ${type}`);
    }
  }
  for (const [name, [body]] of Object.entries(tf.provider ?? {})) {
    if (!body) continue;
    if (name === 'azurerm') checkBlock('provider.azurerm', body, schema.providerConfig, problems);
    else if (name === 'azapi')
      checkList('provider.azapi', body, { required: [], optional: AZAPI_PROVIDER }, problems);
    else if (name === 'powerplatform')
      checkList('provider.powerplatform', body, { required: [], optional: POWERPLATFORM_PROVIDER }, problems);
    else problems.push(`provider.${name}: unknown provider`);
  }
  return problems;
}

const inCi = process.env.CI === 'true';
const parse = await loadHclParser();
const armValidator = loadArmSchemaValidator({ strict: true });

describe('Terraform schema check availability', () => {
  it.runIf(inCi)('has the HCL parser and the ARM schemas in CI', () => {
    expect(parse, '@cdktf/hcl2json could not be loaded').toBeDefined();
    expect(armValidator, `no ARM schemas at ${SCHEMA_ROOT}`).toBeDefined();
  });
  if (!inCi && (!parse || !armValidator)) {
    const missing = !parse
      ? '@cdktf/hcl2json could not be loaded'
      : `ARM schemas not found at ${SCHEMA_ROOT}`;
    console.warn(`SKIPPED: ${missing}; the Terraform schema checks that need it are skipped`);
    it.skip(`${missing}: Terraform schema checks skipped`, () => {});
  }
});

describe('Terraform provider requirements', () => {
  it('pins azurerm to the major version whose schema the export is checked against', () => {
    const major = schema.version.split('.')[0];
    expect(TERRAFORM_PROVIDERS.azurerm.version).toMatch(new RegExp(`^~> ${major}\\.\\d+$`));
    const [, minor] = /^~> \d+\.(\d+)$/.exec(TERRAFORM_PROVIDERS.azurerm.version) as RegExpExecArray;
    expect(Number(schema.version.split('.')[1])).toBeGreaterThanOrEqual(Number(minor));
  });
});

describe.runIf(parse)("Terraform exports against the providers' schemas", () => {
  const read = parse as NonNullable<typeof parse>;
  const cases = terraformCases();

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s uses only existing types, arguments and blocks',
    async (_, c) => {
      const tf = await read('main.tf', c.main);
      expect(schemaProblems(tf)).toEqual([]);
      const required = (tf.terraform?.[0]?.required_providers as TfBody[] | undefined)?.[0] ?? {};
      expect((required.azurerm as { version: string }).version).toBe(TERRAFORM_PROVIDERS.azurerm.version);
    },
    60_000,
  );

  it.runIf(armValidator).each(cases.map((c) => [c.name, c] as const))(
    '%s: the azapi body validates against the published ARM schemas (strict)',
    async (_, c) => {
      const tf = await read('main.tf', c.main);
      for (const [label, [b]] of Object.entries(tf.resource?.azapi_resource ?? {})) {
        const body = (b?.body ?? {}) as { kind?: string; properties?: unknown };
        const [type, apiVersion] = String(b?.type).split('@');
        expect(apiVersion).toBe(ENTERPRISE_POLICY_API_VERSION);
        const template = {
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
          contentVersion: '1.0.0.0',
          resources: [
            {
              type,
              apiVersion,
              name: label,
              location: b?.location,
              kind: body.kind,
              properties: body.properties,
            },
          ],
        };
        expect(armValidator?.validate(template)).toEqual([]);
      }
    },
    60_000,
  );

  it('the checks can fail: a misspelt argument, a missing required one, an undocumented link argument', async () => {
    const text = exportDesign(hubAndSpokeFixture(), { target: 'terraform' }).text;
    const problems = async (t: string) => schemaProblems(await read('main.tf', t)).join('\n');
    expect(await problems(text.replace('address_space ', 'adress_space  '))).toMatch(
      /"adress_space" is not an argument/,
    );
    expect(
      await problems(text.replace(/ {2}virtual_network_name = azurerm_virtual_network\.\w+\.name\n/, '')),
    ).toMatch(/"virtual_network_name" is required/);
    expect(await problems(text.replace('policy_type    =', 'policy_kind    ='))).toMatch(
      /"policy_kind" is not a documented/,
    );
    expect(await problems(text.replace('"azurerm_nat_gateway"', '"azurerm_nat_gateways"'))).toMatch(
      /no resource azurerm_nat_gateways/,
    );
  }, 60_000);

  it.runIf(armValidator)(
    'the body check can fail: the old { value: [...] } shape is rejected',
    async () => {
      const tf = await read('main.tf', exportDesign(hubAndSpokeFixture(), { target: 'terraform' }).text);
      const [label, [b]] = Object.entries(tf.resource?.azapi_resource ?? {})[0] as [string, TfBody[]];
      const body = b?.body as {
        kind: string;
        properties: { networkInjection: { virtualNetworks: unknown } };
      };
      body.properties.networkInjection.virtualNetworks = {
        value: body.properties.networkInjection.virtualNetworks,
      };
      const [type, apiVersion] = String(b?.type).split('@');
      const template = {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [
          {
            type,
            apiVersion,
            name: label,
            location: b?.location,
            kind: body.kind,
            properties: body.properties,
          },
        ],
      };
      expect(armValidator?.validate(template).length).toBeGreaterThan(0);
    },
    60_000,
  );
});
