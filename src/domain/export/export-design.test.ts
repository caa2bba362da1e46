import { describe, expect, it } from 'vitest';
import { createDesign, createEnvironment } from '../model/factories';
import { validateDesign } from '../rules/validate';
import { whitepaperScenario2 } from '../samples/whitepaper-scenario-2';
import { exportDesign } from './export-design';
import { hubAndSpokeFixture } from './fixtures/hub-and-spoke';
import { multiScopeFixture, SUB_A, SUB_B } from './fixtures/multi-scope';
import { listExportScopes } from './list-export-scopes';
import { exportObjectSnippet } from './object-snippet';

type Res = { type: string; name: string; apiVersion: string; [k: string]: unknown };
const arm = (text: string) =>
  JSON.parse(text) as {
    resources: Res[];
    outputs?: Record<string, { value: string }>;
    metadata: { vnetStudio: Record<string, unknown> };
    parameters?: Record<string, unknown>;
  };
const ofType = (t: { resources: Res[] }, type: string) => t.resources.filter((r) => r.type === type);

describe('enterprise policy', () => {
  const t = arm(exportDesign(whitepaperScenario2(), { target: 'arm', findings: [] }).text);
  const [policy] = ofType(t, 'Microsoft.PowerPlatform/enterprisePolicies') as [Res & Record<string, any>];

  it('is a NetworkInjection policy at the geography, with the preview apiVersion', () => {
    expect(policy.apiVersion).toBe('2020-10-30-preview');
    expect(policy.kind).toBe('NetworkInjection');
    expect(policy.location).toBe('unitedstates');
  });

  it('lists VNet IDs (never subnet IDs) with subnet names in a plain array, primary first', () => {
    const list = policy.properties.networkInjection.virtualNetworks;
    expect(Array.isArray(list)).toBe(true);
    expect(list).toEqual([
      {
        id: "[resourceId('Microsoft.Network/virtualNetworks', format('{0}vnet2-westus', parameters('namePrefix')))]",
        subnet: { name: 'snet-powerplatform' },
      },
      {
        id: "[resourceId('Microsoft.Network/virtualNetworks', format('{0}vnet3-eastus', parameters('namePrefix')))]",
        subnet: { name: 'snet-powerplatform' },
      },
    ]);
    expect(policy.dependsOn).toHaveLength(2);
  });

  it('outputs the system ID and the resource ID', () => {
    expect(t.outputs?.policyUsSystemId?.value).toMatch(
      /^\[reference\(resourceId\('Microsoft\.PowerPlatform\/enterprisePolicies'.*'2020-10-30-preview'\)\.systemId\]$/,
    );
    expect(t.outputs?.policyUsResourceId?.value).toMatch(
      /^\[resourceId\('Microsoft\.PowerPlatform\/enterprisePolicies'/,
    );
  });
});

describe('network resources', () => {
  const t = arm(exportDesign(hubAndSpokeFixture(), { target: 'arm', findings: [] }).text);

  it('exports only the peering directions that exist, with their flags', () => {
    const peerings = ofType(t, 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings') as (Res &
      Record<string, any>)[];
    expect(peerings.map((p) => p.name)).toEqual([
      "[format('{0}/{1}', format('{0}vnet-hub-weu', parameters('namePrefix')), 'hub-to-weu')]",
      "[format('{0}/{1}', format('{0}vnet-pp-weu', parameters('namePrefix')), 'weu-to-hub')]",
      "[format('{0}/{1}', format('{0}vnet-pp-neu', parameters('namePrefix')), 'vnet-pp-neu-to-vnet-hub-weu')]",
    ]);
    expect(peerings[0]?.properties).toMatchObject({
      allowForwardedTraffic: true,
      allowGatewayTransit: true,
      useRemoteGateways: false,
    });
    expect(peerings[2]?.properties.allowVirtualNetworkAccess).toBe(false);
  });

  it('delegates subnets and associates NSG, route table and NAT gateway by ID with dependencies', () => {
    const vnet = ofType(t, 'Microsoft.Network/virtualNetworks').find((r) =>
      r.name.includes('vnet-pp-weu'),
    ) as Res & Record<string, any>;
    const subnet = vnet.properties.subnets[0];
    expect(subnet.properties.delegations).toEqual([
      {
        name: 'Microsoft.PowerPlatform/enterprisePolicies',
        properties: { serviceName: 'Microsoft.PowerPlatform/enterprisePolicies' },
      },
    ]);
    expect(subnet.properties.networkSecurityGroup.id).toContain(
      "resourceId('Microsoft.Network/networkSecurityGroups'",
    );
    expect(subnet.properties.routeTable.id).toContain("resourceId('Microsoft.Network/routeTables'");
    expect(subnet.properties.natGateway.id).toContain("resourceId('Microsoft.Network/natGateways'");
    expect(vnet.dependsOn).toHaveLength(3);
    expect(vnet.properties.dhcpOptions).toEqual({ dnsServers: ['10.0.1.4'] });
  });

  it('gives the NAT gateway its public IP and prefix', () => {
    const [nat] = ofType(t, 'Microsoft.Network/natGateways') as (Res & Record<string, any>)[];
    expect(nat?.properties.publicIpAddresses).toHaveLength(1);
    expect(nat?.properties.publicIpPrefixes).toHaveLength(1);
    expect(ofType(t, 'Microsoft.Network/publicIPPrefixes')[0]?.properties).toEqual({
      prefixLength: 30,
      publicIPAddressVersion: 'IPv4',
    });
    expect(ofType(t, 'Microsoft.Network/networkSecurityGroups')[0]?.properties).toMatchObject({
      securityRules: [{ name: 'allow-sql-out' }, { name: 'deny-internet-out' }],
    });
  });

  it('uses only Microsoft.Network 2025-07-01 and declares parameters with defaults', () => {
    expect(
      new Set(t.resources.filter((r) => r.type.startsWith('Microsoft.Network')).map((r) => r.apiVersion)),
    ).toEqual(new Set(['2025-07-01']));
    expect(t.parameters).toEqual({
      namePrefix: expect.objectContaining({ type: 'string', defaultValue: '' }),
      tags: expect.objectContaining({ type: 'object', defaultValue: {} }),
    });
  });
});

describe('selection', () => {
  it('pulls in the VNet of a selected subnet and names what is referenced but not included', () => {
    const r = exportDesign(hubAndSpokeFixture(), {
      target: 'arm',
      selection: ['snet-pp-weu', 'nope', 'env-prod'],
      findings: [],
    });
    const t = arm(r.text);
    expect(t.resources.map((x) => x.type)).toEqual(['Microsoft.Network/virtualNetworks']);
    expect(r.warnings.join('\n')).toMatch(
      /network security group "nsg-pp-weu" is referenced by .* not included/,
    );
    expect(r.warnings.join('\n')).toMatch(/"nope", which is not in the design/);
  });

  it('exports no parameters when nothing deployable is selected', () => {
    const r = exportDesign(hubAndSpokeFixture(), { target: 'bicep', selection: ['env-prod'], findings: [] });
    expect(r.text).not.toMatch(/^param /m);
    expect(r.text).not.toMatch(/^resource /m);
  });
});

describe('scopes', () => {
  const design = multiScopeFixture();

  it('lists every resource group, the policy first', () => {
    expect(listExportScopes(design)).toEqual([
      `${SUB_A}/rg-policy`,
      `${SUB_B}/rg-spokes`,
      `${SUB_A}/rg-security`,
    ]);
  });

  it('references objects of other scopes by full ID and makes cross-scope peerings conditional', () => {
    const r = exportDesign(design, { target: 'arm', findings: [] });
    const t = arm(r.text);
    const policy = t.resources.find((x) => x.type.endsWith('enterprisePolicies')) as Record<string, any>;
    expect(policy?.properties.networkInjection.virtualNetworks[1].id).toBe(
      `[resourceId('${SUB_B}', 'rg-spokes', 'Microsoft.Network/virtualNetworks', format('{0}vnet-wus', parameters('namePrefix')))]`,
    );
    const peering = t.resources.find((x) => x.type.endsWith('virtualNetworkPeerings'));
    expect(peering?.condition).toBe("[parameters('crossScopePeerings')]");
    expect(r.fileName).toBe('fixture-multi-scope.rg-policy.json');
    expect(r.warnings.join('\n')).toMatch(/rg-spokes, not in this one: virtual network "vnet-wus"/);
  });

  it('refuses a malformed scope', () => {
    expect(() => exportDesign(design, { target: 'arm', scope: 'no-slash' })).toThrow(
      /subscriptionId\/resourceGroup/,
    );
  });

  it('registers the providers in every subscription involved', () => {
    const script = exportDesign(design, { target: 'script', findings: [] }).text;
    expect(script).toContain(`@('${SUB_A}', '${SUB_B}')`);
  });
});

describe('validation errors at the top', () => {
  it('lists the design validation errors (validateDesign) by default', () => {
    const design = hubAndSpokeFixture();
    const errors = validateDesign(design).filter((f) => f.severity === 'error');
    const r = exportDesign(design, { target: 'arm' });
    expect(r.errorCount).toBe(errors.length);
    expect(arm(r.text).metadata.vnetStudio.validationErrors ?? []).toHaveLength(errors.length);
  });

  it('starts every target with the errors', () => {
    const findings = [{ ruleId: 'X001', severity: 'error' as const, message: 'broken', objectIds: [] }];
    const design = whitepaperScenario2();
    expect(exportDesign(design, { target: 'bicep', findings }).text).toMatch(
      /^\/\/ .*\n\/\/ WARNING: .*1 validation error.*\n\/\/   - X001: broken\n/,
    );
    expect(exportDesign(design, { target: 'script', findings }).text).toMatch(
      /^# .*\n# WARNING: .*\n#   - X001: broken\n/,
    );
    expect(Object.keys(arm(exportDesign(design, { target: 'arm', findings }).text)).slice(0, 3)).toEqual([
      '$schema',
      'contentVersion',
      'metadata',
    ]);
    expect(
      arm(exportDesign(design, { target: 'arm', findings }).text).metadata.vnetStudio.validationErrors,
    ).toEqual(['X001: broken']);
  });
});

describe('post-deployment script', () => {
  const script = exportDesign(hubAndSpokeFixture(), { target: 'script', findings: [] }).text;

  it('registers providers and the preview feature, installs the module and shows the az command', () => {
    expect(script).toContain("Register-Provider 'Microsoft.Network'");
    expect(script).toContain("Register-Provider 'Microsoft.PowerPlatform'");
    expect(script).toContain("Register-Feature 'Microsoft.PowerPlatform' 'enterprisePoliciesPreview'");
    expect(script).toContain(
      "Install-RequiredModule -Name 'Microsoft.PowerPlatform.EnterprisePolicies' -Minimum '0.10.1'",
    );
    expect(script).toContain("Import-Module 'Microsoft.PowerPlatform.EnterprisePolicies'");
    expect(script).toMatch(
      /az deployment group create --subscription '0{8}-0{4}-0{4}-0{4}-0{12}' --resource-group 'rg-northwind-net' --template-file 'fixture-hub-and-spoke.bicep'/,
    );
  });

  it('links every environment: known IDs as defaults, unknown ones as checked placeholders', () => {
    expect(script).toContain("[string] $EnvironmentIdEnvProd = '6f1c2a7e-1b2c-4d5e-8f90-123456789abc'");
    expect(script).toContain("[string] $EnvironmentIdEnvDev = 'REPLACE-WITH-ENVIRONMENT-ID'");
    expect(script).toContain("foreach ($name in @('EnvironmentIdEnvDev'))");
    expect(
      script.match(
        /^ {2}@\{ Name = '[^']+'; EnvironmentId = \$\w+; PolicyArmId = \$policyEu; Current = \$null \}/gm,
      ),
    ).toHaveLength(2);
    expect(script.match(/Enable-SubnetInjection @enable/g)).toHaveLength(1);
    expect(script).toContain(
      "$policyEu = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-northwind-net/providers/Microsoft.PowerPlatform/enterprisePolicies/' + $NamePrefix + 'ep-northwind-eu'",
    );
  });

  it('says so when no environment is linked', () => {
    const design = createDesign({ environments: [createEnvironment({ id: 'e' })] });
    expect(exportDesign(design, { target: 'script', findings: [] }).text).toContain(
      '# No environment is linked',
    );
  });
});

describe('API', () => {
  it('refuses an unknown target', () => {
    expect(() => exportDesign(whitepaperScenario2(), { target: 'nonsense' as 'arm' })).toThrow(
      /Unknown export target "nonsense"/,
    );
  });

  it('returns file name and media type per target', () => {
    const d = whitepaperScenario2();
    expect(exportDesign(d, { target: 'arm' })).toMatchObject({
      fileName: 'whitepaper-scenario-2.json',
      mediaType: 'application/json',
    });
    expect(exportDesign(d, { target: 'bicep' }).fileName).toBe('whitepaper-scenario-2.bicep');
    expect(exportDesign(d, { target: 'script' }).fileName).toBe('whitepaper-scenario-2.ps1');
  });

  it('gives an object its own snippet: a subnet shows its VNet, an environment nothing', () => {
    const d = hubAndSpokeFixture();
    const bicep = exportObjectSnippet(d, 'snet-pp-weu', 'bicep');
    expect(bicep).toMatch(/^\/\/ Virtual network "vnet-pp-weu".*\nresource vnetWeu /);
    expect(bicep.match(/^resource /gm)).toHaveLength(1);
    const nat = JSON.parse(exportObjectSnippet(d, 'nat-weu', 'arm')) as Res[];
    expect(nat.map((r) => r.type)).toEqual([
      'Microsoft.Network/publicIPAddresses',
      'Microsoft.Network/publicIPPrefixes',
      'Microsoft.Network/natGateways',
    ]);
    expect(exportObjectSnippet(d, 'env-prod', 'arm')).toBe('');
  });
});

describe('file names', () => {
  it('tells apart scopes whose resource groups share a name', () => {
    const design = multiScopeFixture();
    const moved = { ...design, vnets: design.vnets.map((v) => ({ ...v, resourceGroup: 'rg-policy' })) };
    const names = listExportScopes(moved).map(
      (scope) => exportDesign(moved, { target: 'bicep', scope, findings: [] }).fileName,
    );
    expect(names).toEqual([
      'fixture-multi-scope.11111111.rg-policy.bicep',
      'fixture-multi-scope.22222222.rg-policy.bicep',
      'fixture-multi-scope.rg-security.bicep',
    ]);
  });

  it('gives distinct files to resource groups that read alike once made safe (net(prod), net-prod)', () => {
    const design = multiScopeFixture();
    const groups = ['net(prod)', 'net-prod', 'net prod'];
    const spread = {
      ...design,
      vnets: design.vnets.map((v, i) => ({ ...v, resourceGroup: groups[i % groups.length] as string })),
    };
    const scopes = listExportScopes(spread);
    const names = scopes.map(
      (scope) => exportDesign(spread, { target: 'bicep', scope, findings: [] }).fileName,
    );
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(scopes.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(names.filter((n) => n.startsWith('fixture-multi-scope.net-prod-'))).toHaveLength(
      scopes.filter((s) => groups.some((g) => s.endsWith(`/${g}`))).length,
    );
  });

  it('tells apart subscriptions that share their first eight characters', () => {
    const design = multiScopeFixture();
    const subs = ['aaaaaaaa-0000-0000-0000-000000000001', 'aaaaaaaa-0000-0000-0000-000000000002'];
    const spread = {
      ...design,
      policies: design.policies.map((p) => ({
        ...p,
        resourceGroup: 'rg',
        subscriptionId: subs[0] as string,
      })),
      vnets: design.vnets.map((v, i) => ({
        ...v,
        resourceGroup: 'rg',
        subscriptionId: subs[i % 2] as string,
      })),
    };
    const scopes = listExportScopes(spread);
    const names = scopes.map(
      (scope) => exportDesign(spread, { target: 'arm', scope, findings: [] }).fileName,
    );
    expect(scopes.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(scopes.length);
  });
});
