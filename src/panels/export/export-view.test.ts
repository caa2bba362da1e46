import { describe, expect, it } from 'vitest';
import { multiScopeFixture } from '../../domain/export/fixtures/multi-scope';
import { createEnvironment } from '../../domain/model/factories';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { effectiveContents, exportView } from './export-view';

const POLICY = 'Microsoft.PowerPlatform/enterprisePolicies';

describe('effectiveContents', () => {
  it('falls back when the selection does not allow the choice', () => {
    expect(effectiveContents('object', ['a'])).toBe('object');
    expect(effectiveContents('object', ['a', 'b'])).toBe('selection');
    expect(effectiveContents('object', [])).toBe('design');
    expect(effectiveContents('selection', [])).toBe('design');
    expect(effectiveContents('design', ['a'])).toBe('design');
  });
});

describe('exportView', () => {
  it('exports the whole design with the exporter file name and language', () => {
    const view = exportView(whitepaperScenario1(), {
      tab: 'bicep',
      contents: 'design',
      selection: ['vnet1'],
    });
    expect(view.contents).toBe('design');
    expect(view.fileName).toBe('white-paper-scenario-1-resources-in-a-paired-region.bicep');
    expect(view.language).toBe('bicep');
    expect(view.text).toContain(`'${POLICY}@`);
    expect(view.scopes).toHaveLength(1);
  });

  it('exports the selection only: the VNet without the policy', () => {
    const view = exportView(whitepaperScenario1(), {
      tab: 'arm',
      contents: 'selection',
      selection: ['vnet1'],
    });
    expect(view.language).toBe('json');
    expect(view.text).toContain('vnet1-westus');
    // the delegation names the policy type; the policy resource itself is absent
    expect(view.text).not.toContain(`"type": "${POLICY}"`);
    expect(view.text).not.toContain('ep-contoso-us');
    expect(view.text).not.toContain('vnet2-eastus');
  });

  it('shows one object as its own snippet in Bicep and ARM, and the selection script', () => {
    const design = whitepaperScenario1();
    const bicep = exportView(design, { tab: 'bicep', contents: 'object', selection: ['vnet1'] });
    expect(bicep.text).not.toContain('VNet Studio export of design');
    expect(bicep.text).toContain("'Microsoft.Network/virtualNetworks@");
    expect(bicep.fileName).toBe('virtual-network-vnet1-westus.snippet.bicep');
    const arm = exportView(design, { tab: 'arm', contents: 'object', selection: ['vnet1'] });
    // the ARM snippet is the VNet's resource alone, with its subnets, as a JSON array
    const resources = JSON.parse(arm.text) as Array<{
      type: string;
      name: string;
      properties: { subnets: unknown[] };
    }>;
    expect(resources.map((r) => r.type)).toEqual(['Microsoft.Network/virtualNetworks']);
    expect(resources[0]?.name).toContain('vnet1-westus');
    expect(resources[0]?.properties.subnets).toHaveLength(
      design.subnets.filter((s) => s.vnetId === 'vnet1').length,
    );
    expect(arm.fileName).toBe('virtual-network-vnet1-westus.snippet.json');
    const script = exportView(design, { tab: 'script', contents: 'object', selection: ['vnet1'] });
    expect(script.fileName).toBe('white-paper-scenario-1-resources-in-a-paired-region.ps1');
  });

  it('shows Terraform for the whole design and one object as its own snippet', () => {
    const design = whitepaperScenario1();
    const full = exportView(design, { tab: 'terraform', contents: 'design', selection: [] });
    expect(full.language).toBe('terraform');
    expect(full.fileName).toBe('white-paper-scenario-1-resources-in-a-paired-region.tf');
    expect(full.text).toContain('required_providers');
    const vnet = exportView(design, { tab: 'terraform', contents: 'object', selection: ['vnet1'] });
    expect(vnet.fileName).toBe('virtual-network-vnet1-westus.snippet.tf');
    expect(vnet.text).toContain('resource "azurerm_virtual_network" "vnet1_westus"');
    expect(vnet.text).toContain('resource "azurerm_subnet"');
    expect(vnet.text).not.toContain('required_providers');
    expect(vnet.text).not.toContain('vnet2_eastus');
    const policy = exportView(design, { tab: 'terraform', contents: 'object', selection: ['policy-us'] });
    expect(policy.text).toContain('resource "azapi_resource"');
    expect(policy.text).toContain('resource "powerplatform_enterprise_policy"');
  });

  it('says why an object without a resource of its own shows nothing', () => {
    const view = exportView(whitepaperScenario1(), {
      tab: 'bicep',
      contents: 'object',
      selection: ['env-prod'],
    });
    expect(view.text).toBe('');
    expect(view.empty).toBe('Environment "Contoso Production" has no ARM resource of its own.');
  });

  it('counts validation errors and passes the notes on', () => {
    const design = whitepaperScenario1();
    const broken = {
      ...design,
      environments: [
        ...design.environments,
        createEnvironment({ id: 'env-x', name: 'X', policyIds: ['nope'] }),
      ],
      subnets: design.subnets.map((s) => (s.id === 'snet-data-wus' ? { ...s, prefix: '10.10.0.0/24' } : s)),
    };
    const view = exportView(broken, { tab: 'script', contents: 'design', selection: [] });
    expect(view.errorCount).toBeGreaterThan(0);
    expect(view.text).toContain(`the design has ${view.errorCount} validation error`);
    const spread = exportView(multiScopeFixture(), { tab: 'bicep', contents: 'design', selection: [] });
    expect(spread.warnings.join('\n')).toMatch(/Deploy the scopes in this order/);
  });

  it('lists the scopes of a multi-scope design and exports the one picked', () => {
    const design = multiScopeFixture();
    const first = exportView(design, { tab: 'bicep', contents: 'design', selection: [] });
    expect(first.scopes.length).toBeGreaterThan(1);
    expect(first.scope).toBe(first.scopes[0]);
    const other = first.scopes[1] as string;
    const picked = exportView(design, { tab: 'bicep', contents: 'design', selection: [], scope: other });
    expect(picked.scope).toBe(other);
    expect(picked.fileName).not.toBe(first.fileName);
    const unknown = exportView(design, { tab: 'bicep', contents: 'design', selection: [], scope: 'x/y' });
    expect(unknown.scope).toBe(first.scopes[0]);
  });

  it('memoizes on the design object and the options', () => {
    const design = whitepaperScenario1();
    const a = exportView(design, { tab: 'arm', contents: 'design', selection: [] });
    expect(exportView(design, { tab: 'arm', contents: 'design', selection: ['x'] })).toBe(a);
    expect(exportView(whitepaperScenario1(), { tab: 'arm', contents: 'design', selection: [] })).not.toBe(a);
  });
});
