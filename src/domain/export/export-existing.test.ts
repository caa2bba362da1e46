/**
 * Objects that already exist in Azure: every export refers to them and never redeploys them. A VNet
 * resource lists its subnets inline, and deploying one whose list is shorter than Azure's deletes the
 * others; so an existing VNet is never emitted, and its new subnets are child resources.
 */
import { describe, expect, it } from 'vitest';
import { createDesign, createSubnet, createVnet } from '../model/factories';
import type { Design } from '../model/schema';
import { exportDesign } from './export-design';
import { exportTestDesigns } from './fixtures';
import { existingEstateFixture, existingPolicyFixture, SUB_CONNECTIVITY } from './fixtures/existing-estate';
import { listExportScopes } from './list-export-scopes';
import { buildExportPlan } from './plan/build-plan';

type Res = { type: string; name: string; dependsOn?: string[]; properties: Record<string, any> };
type Template = { resources: Res[]; outputs?: Record<string, { value: string }> };

const HUB = `${SUB_CONNECTIVITY}/rg-connectivity`;
const SPOKE = '44444444-4444-4444-4444-444444444444/rg-powerplatform';
const arm = (d: Design, scope: string) =>
  JSON.parse(exportDesign(d, { target: 'arm', scope, findings: [] }).text) as Template;
const bicep = (d: Design, scope: string) => exportDesign(d, { target: 'bicep', scope, findings: [] }).text;
const terraform = (d: Design, scope: string) =>
  exportDesign(d, { target: 'terraform', scope, findings: [] }).text;
const ofType = (t: Template, type: string) => t.resources.filter((r) => r.type === type);

describe('existing objects in ARM templates', () => {
  const hub = arm(existingEstateFixture(), HUB);
  const spoke = arm(existingEstateFixture(), SPOKE);

  it('never declares an existing VNet, NSG, route table, public IP or peering', () => {
    for (const t of [hub, spoke]) {
      const names = t.resources.map((r) => `${r.type} ${r.name}`).join('\n');
      expect(names).not.toMatch(/virtualNetworks \S*vnet-hub-eus\S*$/m);
      expect(names).not.toContain('vnet-legacy');
      expect(names).not.toContain('nsg-shared');
      expect(names).not.toContain('rt-to-firewall');
      expect(names).not.toContain('pip-nat-hub');
    }
    expect(ofType(hub, 'Microsoft.Network/virtualNetworks')).toEqual([]);
    expect(ofType(hub, 'Microsoft.Network/publicIPAddresses')).toEqual([]);
  });

  it('adds each new subnet of an existing VNet as a child resource, one after the other', () => {
    const subnets = ofType(hub, 'Microsoft.Network/virtualNetworks/subnets');
    expect(subnets.map((s) => s.name)).toEqual([
      "[format('{0}/{1}', 'vnet-hub-eus', 'snet-pp-hub')]",
      "[format('{0}/{1}', 'vnet-hub-eus', 'snet-apps')]",
    ]);
    expect(subnets[0]?.dependsOn ?? []).not.toContainEqual(expect.stringContaining('virtualNetworks'));
    expect(subnets[1]?.dependsOn).toEqual([
      "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-hub-eus', 'snet-pp-hub')]",
    ]);
    // an existing NSG by resource ID, with no dependency on it
    expect(subnets[0]?.properties.networkSecurityGroup).toEqual({
      id: "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-shared')]",
    });
  });

  it('writes the hub side of a new peering as a child of the existing hub', () => {
    const [link] = ofType(hub, 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings');
    expect(link?.name).toBe("[format('{0}/{1}', 'vnet-hub-eus', 'vnet-hub-eus-to-vnet-pp-eus')]");
    expect(link?.dependsOn).toBeUndefined();
  });

  it('refers to an existing object of another resource group by its full resource ID', () => {
    const [vnet] = ofType(spoke, 'Microsoft.Network/virtualNetworks');
    expect(vnet?.properties.subnets[0].properties.routeTable.id).toBe(
      // the form `bicep build` writes for an existing resource scoped to another resource group
      `[extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', '${SUB_CONNECTIVITY}', 'rg-connectivity'), 'Microsoft.Network/routeTables', 'rt-to-firewall')]`,
    );
    const [link] = ofType(spoke, 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings');
    // the existing hub needs no second deployment pass: the link has no crossScopePeerings condition
    expect(link).not.toHaveProperty('condition');
    expect(JSON.stringify(link?.dependsOn)).not.toContain('vnet-hub-eus');
  });

  it('reads the outputs of an existing policy without deploying it', () => {
    const t = arm(existingPolicyFixture(), SPOKE);
    expect(ofType(t, 'Microsoft.PowerPlatform/enterprisePolicies')).toEqual([]);
    expect(t.outputs?.policyResourceId?.value).toBe(
      "[resourceId('Microsoft.PowerPlatform/enterprisePolicies', 'ep-us')]",
    );
    expect(t.outputs?.policySystemId?.value).toContain('reference(');
  });
});

describe('existing objects in Bicep files', () => {
  it('declares them existing, scoped to their resource group when it is another', () => {
    const text = bicep(existingEstateFixture(), SPOKE);
    expect(text).toContain(
      `resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {\n  name: 'vnet-hub-eus'\n  scope: resourceGroup('${SUB_CONNECTIVITY}', 'rg-connectivity')\n}`,
    );
    expect(text).toContain(
      "resource routeTableRtFirewall 'Microsoft.Network/routeTables@2025-07-01' existing = {",
    );
  });

  it('hangs new subnets and the hub side of a peering from the existing hub', () => {
    const text = bicep(existingEstateFixture(), HUB);
    expect(text).toContain(
      "resource vnetHub 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {\n  name: 'vnet-hub-eus'\n}",
    );
    expect(text).toMatch(
      /resource subnetSnetHubPp 'Microsoft\.Network\/virtualNetworks\/subnets@[^']+' = \{\n {2}parent: vnetHub\n/,
    );
    expect(text).toMatch(
      /virtualNetworkPeerings@[^']+' = if \(crossScopePeerings\) \{\n {2}parent: vnetHub\n/,
    );
    expect(text).toContain('  dependsOn: [\n    subnetSnetHubPp\n  ]');
  });

  it('declares only the existing objects something refers to', () => {
    // the legacy VNet, its subnet and its peering exist and nothing new touches them
    for (const scope of [HUB, SPOKE])
      expect(bicep(existingEstateFixture(), scope)).not.toContain('vnet-legacy');
  });
});

describe('existing objects in Terraform', () => {
  it('refers to them by resource ID and names an existing VNet for its new children', () => {
    const text = terraform(existingEstateFixture(), HUB);
    expect(text).not.toContain('resource "azurerm_virtual_network"');
    expect(text).not.toContain('resource "azurerm_public_ip"');
    expect(text).toContain('virtual_network_name = "vnet-hub-eus"');
    expect(text).toContain('/providers/Microsoft.Network/networkSecurityGroups/nsg-shared"');
  });
});

describe('a VNet is never emitted with fewer subnets than the design gives it', () => {
  it.each(exportTestDesigns.map((d) => [d.key, d]))('%s', (_key, d) => {
    const design = d.create();
    for (const scope of listExportScopes(design)) {
      const plan = buildExportPlan(design, { scope, findings: [] });
      for (const r of plan.resources) {
        if (r.type !== 'Microsoft.Network/virtualNetworks' || r.existing) continue;
        const vnet = design.vnets.find((v) => v.id === r.sourceId);
        expect(vnet?.existing, `${vnet?.name} is existing but emitted`).toBeFalsy();
        const inline =
          r.properties.k === 'obj' ? r.properties.entries.find(([k]) => k === 'subnets')?.[1] : undefined;
        const count = inline?.k === 'arr' ? inline.items.length : 0;
        expect(count).toBe(design.subnets.filter((s) => s.vnetId === r.sourceId).length);
      }
    }
  });

  it('deploys a new VNet with all its subnets, and says so when some are marked existing', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'v', name: 'vnet-new' })],
      subnets: [
        createSubnet({ id: 'a', vnetId: 'v', name: 'snet-a', prefix: '10.0.0.0/24', existing: true }),
        createSubnet({ id: 'b', vnetId: 'v', name: 'snet-b', prefix: '10.0.1.0/24' }),
      ],
    });
    const plan = buildExportPlan(design, { findings: [] });
    const t = JSON.parse(exportDesign(design, { target: 'arm', findings: [] }).text) as Template;
    expect(ofType(t, 'Microsoft.Network/virtualNetworks')[0]?.properties.subnets).toHaveLength(2);
    expect(plan.warnings.join('\n')).toContain('"snet-a", marked as existing in Azure');
  });
});
