import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../model/factories';
import { whitepaperScenario1 } from '../../samples/whitepaper-scenario-1';
import { exportDesign } from '../export-design';
import { multiScopeFixture, SUB_B } from '../fixtures/multi-scope';
import { buildExportPlan } from '../plan/build-plan';
import { renderTerraform, renderTerraformFiles, TERRAFORM_FILES } from './render-terraform';

const GUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

describe('renderTerraform', () => {
  it('gives a linked environment a GUID-validated variable, defaulting to a known GUID only', () => {
    const design = whitepaperScenario1();
    const [first, ...rest] = design.environments;
    if (!first) throw new Error('no environment');
    const known = { ...design, environments: [{ ...first, environmentId: GUID }, ...rest] };
    const text = renderTerraform(buildExportPlan(known, { findings: [] }));
    const variable = (name: string) =>
      new RegExp(`variable "${name}" \\{[\\s\\S]*?\\n\\}`).exec(text)?.[0] ?? '';
    const prod = variable('environment_id_contoso_production');
    expect(prod).toContain(`default     = "${GUID}"`);
    expect(prod).toContain('can(regex(');
    const uat = variable('environment_id_contoso_uat');
    expect(uat).not.toContain('default');
    expect(uat).toContain('not known to the design, pass it');
    // the plan command passes only the unknown one
    expect(text).toMatch(/terraform plan -out=tfplan -var environment_id_contoso_uat=<environment GUID>\n/);
    expect(text).toContain('resource "powerplatform_enterprise_policy" "contoso_production"');
  });

  it('leaves out the subscription default when the design has no GUID for it', () => {
    const design = whitepaperScenario1();
    const odd = { ...design, policies: design.policies.map((p) => ({ ...p, subscriptionId: 'contoso' })) };
    const text = renderTerraform(buildExportPlan(odd, { findings: [] }));
    expect(/variable "subscription_id" \{[\s\S]*?\n\}/.exec(text)?.[0]).not.toContain('default');
  });

  it('deploys a peering to a VNet of another scope only when cross_scope_peerings is true', () => {
    const text = exportDesign(multiScopeFixture(), { target: 'terraform', scope: `${SUB_B}/rg-spokes` }).text;
    expect(text).toContain('count                        = var.cross_scope_peerings ? 1 : 0');
    expect(text).toMatch(
      /remote_virtual_network_id += "\/subscriptions\/11111111-[^"]*\/resourceGroups\/rg-policy\//,
    );
    expect(text).toContain('variable "cross_scope_peerings"');
  });

  it('writes the five files, the providers only those used, and says when a file is empty', () => {
    const design = whitepaperScenario1();
    const files = renderTerraformFiles(buildExportPlan(design, { selection: ['vnet1'], findings: [] }));
    expect(files.map((f) => f.name)).toEqual([...TERRAFORM_FILES]);
    const file = (name: string) => files.find((f) => f.name === name)?.text ?? '';
    expect(file('providers.tf')).toContain('provider "azurerm"');
    expect(file('providers.tf')).not.toMatch(/azapi = \{|provider "azapi"/);
    expect(file('providers.tf')).not.toMatch(/powerplatform = \{|provider "powerplatform"/);
    expect(file('policy.tf')).toBe('# No enterprise policy in this export.\n');
    expect(file('network.tf')).toContain('azurerm_virtual_network');
  });

  it('names an environment without a name by its kind, and two links of one environment apart', () => {
    const design = whitepaperScenario1();
    const unnamed = createEnvironment({ id: 'env-x', name: '', policyIds: ['policy-us'] });
    const text = renderTerraform(
      buildExportPlan({ ...design, environments: [...design.environments, unnamed] }, { findings: [] }),
    );
    expect(text).toContain('variable "environment_id" {');
    expect(text).toContain('resource "powerplatform_enterprise_policy" "environment" {');
  });
});
