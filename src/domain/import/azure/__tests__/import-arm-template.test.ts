import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../model/load';
import { type ImportAzureResult, importAzureFiles } from '../import-azure-files';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

function importOk(
  files: Array<{ name: string; json: unknown } | { name: string; text: string }>,
  options = {},
) {
  const r = importAzureFiles(
    files.map((f) => ('text' in f ? f : { name: f.name, text: JSON.stringify(f.json) })),
    options,
  );
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const loaded = parseDesign(JSON.parse(JSON.stringify(r.design)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return r as Extract<ImportAzureResult, { ok: true }>;
}

const pp = 'Microsoft.PowerPlatform/enterprisePolicies';

describe('importing ARM templates', () => {
  it('reads a VNet with inline subnets, delegations, an NSG, a NAT gateway with its public IP, and a policy', () => {
    const template = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: {
        location: { type: 'string', defaultValue: 'westeurope' },
        vnetName: { type: 'string', defaultValue: 'vnet-pp-weu' },
      },
      variables: { prefix: '10.20.0.0/16' },
      resources: [
        {
          type: 'Microsoft.Network/publicIPAddresses',
          apiVersion: '2023-09-01',
          name: 'pip-nat',
          location: "[parameters('location')]",
          sku: { name: 'Standard' },
          properties: {},
        },
        {
          type: 'Microsoft.Network/natGateways',
          apiVersion: '2023-09-01',
          name: 'nat-weu',
          location: "[parameters('location')]",
          sku: { name: 'Standard' },
          properties: {
            publicIpAddresses: [{ id: "[resourceId('Microsoft.Network/publicIPAddresses', 'pip-nat')]" }],
          },
        },
        {
          type: 'Microsoft.Network/networkSecurityGroups',
          apiVersion: '2023-09-01',
          name: 'nsg-pp',
          location: "[parameters('location')]",
          properties: {
            securityRules: [
              {
                name: 'deny-internet',
                properties: {
                  priority: 4000,
                  direction: 'Outbound',
                  access: 'Deny',
                  protocol: '*',
                  sourceAddressPrefix: '*',
                  sourcePortRange: '*',
                  destinationAddressPrefix: 'Internet',
                  destinationPortRange: '*',
                },
              },
            ],
          },
        },
        {
          type: 'Microsoft.Network/virtualNetworks',
          apiVersion: '2023-09-01',
          name: "[parameters('vnetName')]",
          location: "[parameters('location')]",
          properties: {
            addressSpace: { addressPrefixes: ["[variables('prefix')]"] },
            dhcpOptions: { dnsServers: ['10.0.0.4'] },
            subnets: [
              {
                name: 'snet-pp',
                properties: {
                  addressPrefix: "[cidrSubnet(variables('prefix'), 24, 1)]",
                  delegations: [{ name: 'pp', properties: { serviceName: pp } }],
                  networkSecurityGroup: {
                    id: "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-pp')]",
                  },
                  natGateway: { id: "[resourceId('Microsoft.Network/natGateways', 'nat-weu')]" },
                },
              },
            ],
          },
        },
        {
          type: pp,
          apiVersion: '2020-10-30-preview',
          name: 'policy-weu',
          location: 'europe',
          kind: 'NetworkInjection',
          properties: {
            networkInjection: {
              virtualNetworks: [
                {
                  id: "[resourceId('Microsoft.Network/virtualNetworks', parameters('vnetName'))]",
                  subnet: { name: 'snet-pp' },
                },
              ],
            },
          },
        },
        {
          type: 'Microsoft.Storage/storageAccounts',
          apiVersion: '2023-01-01',
          name: 'st1',
          location: 'westeurope',
          kind: 'StorageV2',
          sku: { name: 'Standard_LRS' },
        },
      ],
    };
    const r = importOk([{ name: 'main.json', json: template }], {
      subscriptionId: 'sub-1',
      resourceGroup: 'rg-net',
    });
    const d = r.design;
    expect(d.vnets).toEqual([
      expect.objectContaining({
        name: 'vnet-pp-weu',
        region: 'westeurope',
        subscriptionId: 'sub-1',
        resourceGroup: 'rg-net',
        addressPrefixes: ['10.20.0.0/16'],
        dnsServers: ['10.0.0.4'],
      }),
    ]);
    const [subnet] = d.subnets;
    expect(subnet).toMatchObject({
      name: 'snet-pp',
      prefix: '10.20.1.0/24',
      delegations: [pp],
      vnetId: d.vnets[0]?.id,
    });
    expect(subnet?.nsgId).toBe(d.nsgs[0]?.id);
    expect(subnet?.natGatewayId).toBe(d.natGateways[0]?.id);
    expect(d.nsgs[0]?.rules).toEqual([
      expect.objectContaining({
        name: 'deny-internet',
        priority: 4000,
        direction: 'Outbound',
        access: 'Deny',
        destinationAddressPrefix: 'Internet',
      }),
    ]);
    expect(d.natGateways[0]?.publicIps).toEqual([{ name: 'pip-nat', kind: 'Address', sku: 'Standard' }]);
    expect(d.policies).toEqual([
      expect.objectContaining({ name: 'policy-weu', location: 'europe', subnetIds: [subnet?.id] }),
    ]);
    expect(r.skipped).toEqual([{ type: 'Microsoft.Storage/storageAccounts', count: 1 }]);
    // each skipped resource is listed with its file and JSON path
    expect(r.skippedResources).toEqual([
      {
        type: 'Microsoft.Storage/storageAccounts',
        file: expect.any(String),
        path: expect.stringMatching(/^\$\.resources\[\d+\]$/),
      },
    ]);
    expect(r.placeholders).toBe(0);
  });

  it('merges a subnet declared inline and as a child resource (top level and nested) into one', () => {
    const template = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: 'vnet',
          location: 'eastus',
          properties: {
            addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
            subnets: [{ name: 'a', properties: { addressPrefix: '10.0.0.0/24' } }],
          },
          resources: [{ type: 'subnets', name: 'b', properties: { addressPrefix: '10.0.1.0/24' } }],
        },
        {
          type: 'Microsoft.Network/virtualNetworks/subnets',
          name: 'VNET/A',
          properties: { delegations: [{ name: 'd', properties: { serviceName: pp } }] },
        },
        {
          type: 'Microsoft.Network/virtualNetworks/subnets',
          name: 'vnet/c',
          properties: { addressPrefix: '10.0.2.0/24' },
        },
      ],
    };
    const d = importOk([{ name: 't.json', json: template }]).design;
    expect(d.vnets).toHaveLength(1);
    expect(d.subnets.map((s) => [s.name, s.prefix, s.delegations])).toEqual([
      ['a', '10.0.0.0/24', [pp]],
      ['b', '10.0.1.0/24', []],
      ['c', '10.0.2.0/24', []],
    ]);
  });

  it('expands resource and property copy loops, skips false conditions', () => {
    const template = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: {
        count: { type: 'int', defaultValue: 3 },
        deployHub: { type: 'bool', defaultValue: false },
      },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: "[format('vnet-{0}', copyIndex(1))]",
          location: 'eastus',
          copy: { name: 'vnets', count: "[parameters('count')]" },
          properties: {
            addressSpace: { addressPrefixes: ["[cidrSubnet('10.0.0.0/8', 16, copyIndex())]"] },
            copy: [
              {
                name: 'subnets',
                count: 2,
                input: {
                  name: "[format('snet-{0}', copyIndex('subnets'))]",
                  properties: {
                    addressPrefix:
                      "[cidrSubnet(cidrSubnet('10.0.0.0/8', 16, copyIndex()), 24, copyIndex('subnets'))]",
                  },
                },
              },
            ],
          },
        },
        {
          condition: "[parameters('deployHub')]",
          type: 'Microsoft.Network/virtualNetworks',
          name: 'hub',
          location: 'eastus',
          properties: { addressSpace: { addressPrefixes: ['10.255.0.0/16'] } },
        },
      ],
    };
    const d = importOk([{ name: 't.json', json: template }]).design;
    expect(d.vnets.map((v) => [v.name, v.addressPrefixes[0]])).toEqual([
      ['vnet-1', '10.0.0.0/16'],
      ['vnet-2', '10.1.0.0/16'],
      ['vnet-3', '10.2.0.0/16'],
    ]);
    expect(d.subnets.map((s) => s.prefix)).toEqual([
      '10.0.0.0/24',
      '10.0.1.0/24',
      '10.1.0.0/24',
      '10.1.1.0/24',
      '10.2.0.0/24',
      '10.2.1.0/24',
    ]);
  });

  it('reads languageVersion 2.0 symbolic names, an existing VNet and a new subnet in it', () => {
    const template = {
      $schema: SCHEMA,
      languageVersion: '2.0',
      contentVersion: '1.0.0.0',
      resources: {
        hub: {
          existing: true,
          type: 'Microsoft.Network/virtualNetworks',
          apiVersion: '2023-09-01',
          name: 'vnet-hub',
          resourceGroup: 'rg-hub',
        },
        spoke: {
          type: 'Microsoft.Network/virtualNetworks',
          apiVersion: '2023-09-01',
          name: 'vnet-spoke',
          location: 'eastus',
          properties: { addressSpace: { addressPrefixes: ['10.1.0.0/16'] } },
        },
        peer: {
          type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
          name: 'vnet-spoke/to-hub',
          properties: {
            remoteVirtualNetwork: { id: "[resourceInfo('hub').id]" },
            allowForwardedTraffic: true,
            useRemoteGateways: true,
          },
        },
        snet: {
          type: 'Microsoft.Network/virtualNetworks/subnets',
          apiVersion: '2023-09-01',
          name: "[format('{0}/{1}', 'vnet-spoke', 'snet-pp')]",
          properties: {
            addressPrefix: "[cidrSubnet(reference('spoke').addressSpace.addressPrefixes[0], 24, 0)]",
          },
        },
      },
    };
    const r = importOk([{ name: 'main.json', json: template }], { resourceGroup: 'rg-spoke' });
    const d = r.design;
    const hub = d.vnets.find((v) => v.name === 'vnet-hub');
    const spoke = d.vnets.find((v) => v.name === 'vnet-spoke');
    expect(hub).toMatchObject({ resourceGroup: 'rg-hub', addressPrefixes: [], existing: true });
    expect(spoke).toMatchObject({ resourceGroup: 'rg-spoke' });
    // what the template declares is new; its existing reference is existing
    expect(spoke?.existing).toBeUndefined();
    expect(d.subnets[0]?.existing).toBeUndefined();
    expect(d.peerings[0]?.existing).toBeUndefined();
    expect(d.subnets).toEqual([
      expect.objectContaining({ name: 'snet-pp', prefix: '10.1.0.0/24', vnetId: spoke?.id }),
    ]);
    expect(d.peerings).toEqual([
      expect.objectContaining({
        vnetAId: spoke?.id,
        vnetBId: hub?.id,
        aToB: expect.objectContaining({ allowForwardedTraffic: true, useRemoteGateways: true }),
        bToA: null,
      }),
    ]);
    expect(r.warnings.some((w) => /vnet-hub.*exists in Azure/.test(w.message))).toBe(true);
  });

  it('follows nested deployments in inner scope (own parameters) and outer scope (parent parameters)', () => {
    const inner = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: { name: { type: 'string' }, prefix: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: "[parameters('name')]",
          location: 'eastus',
          properties: { addressSpace: { addressPrefixes: ["[parameters('prefix')]"] } },
        },
      ],
    };
    const template = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: { base: { type: 'string', defaultValue: '10.9.0.0/16' } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'inner-module',
          resourceGroup: 'rg-inner',
          properties: {
            expressionEvaluationOptions: { scope: 'inner' },
            mode: 'Incremental',
            parameters: { name: { value: 'vnet-inner' }, prefix: { value: "[parameters('base')]" } },
            template: inner,
          },
        },
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'outer-module',
          properties: {
            mode: 'Incremental',
            template: {
              $schema: SCHEMA,
              contentVersion: '1.0.0.0',
              resources: [
                {
                  type: 'Microsoft.Network/virtualNetworks',
                  name: 'vnet-outer',
                  location: 'eastus',
                  properties: {
                    addressSpace: { addressPrefixes: ["[cidrSubnet(parameters('base'), 24, 5)]"] },
                  },
                },
              ],
            },
          },
        },
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'linked',
          properties: { templateLink: { uri: 'https://example.com/t.json' } },
        },
      ],
    };
    const r = importOk([{ name: 'main.json', json: template }]);
    expect(r.design.vnets.map((v) => [v.name, v.resourceGroup, v.addressPrefixes])).toEqual([
      ['vnet-inner', 'rg-inner', ['10.9.0.0/16']],
      ['vnet-outer', 'resource-group', ['10.9.5.0/24']],
    ]);
    expect(r.skipped).toContainEqual({
      type: 'Microsoft.Resources/deployments (linked template or module)',
      count: 1,
    });
    expect(
      r.warnings.some((w) => w.path === '$.resources[2].properties' && /linked template/.test(w.message)),
    ).toBe(true);
  });

  it('reads comments, trailing commas and line breaks inside strings', () => {
    const text = `{
      // exported from the portal
      "$schema": "${SCHEMA}",
      "contentVersion": "1.0.0.0",
      /* two resources */
      "resources": [
        { "type": "Microsoft.Network/virtualNetworks", "name": "[concat('vnet',
             '-a')]", "location": "eastus",
          "properties": { "addressSpace": { "addressPrefixes": ["10.0.0.0/16",], }, }, },
      ],
    }`;
    const d = importOk([{ name: 'portal.json', text }]).design;
    expect(d.vnets.map((v) => v.name)).toEqual(['vnet-a']);
  });

  it('makes placeholders of what is unknown offline, with warnings naming the file and JSON path', () => {
    const template = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: {
        addressPrefix: { type: 'string' },
        location: { type: 'string', defaultValue: '[resourceGroup().location]' },
      },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: 'vnet',
          location: "[parameters('location')]",
          properties: { addressSpace: { addressPrefixes: ["[parameters('addressPrefix')]"] } },
        },
      ],
    };
    const r = importOk([{ name: 'spoke.json', json: template }]);
    expect(r.design.vnets[0]?.addressPrefixes[0]).toMatch(/^<unknown: parameters\('addressPrefix'\)>$/);
    expect(r.design.vnets[0]?.region).toMatch(/^<unknown/);
    expect(r.placeholders).toBeGreaterThan(0);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ file: 'spoke.json', path: '$.parameters.addressPrefix' }),
    );
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        file: 'spoke.json',
        path: '$.resources[0].properties.addressSpace.addressPrefixes[0]',
      }),
    );
    // With the location given and a parameters file, nothing is lost.
    const params = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { addressPrefix: { value: '10.5.0.0/16' } },
    };
    const full = importOk(
      [
        { name: 'spoke.json', json: template },
        { name: 'spoke.parameters.json', json: params },
      ],
      { location: 'northeurope' },
    );
    expect(full.design.vnets[0]).toMatchObject({ addressPrefixes: ['10.5.0.0/16'], region: 'northeurope' });
    expect(full.placeholders).toBe(0);
  });

  it('refuses files that are not JSON, not Azure documents, or are designs, with typed errors', () => {
    const bad = importAzureFiles([
      { name: 'a.json', text: '{ nope' },
      { name: 'b.json', text: '{"hello": 1}' },
      { name: 'c.json', text: '{"format": "vnet-studio/design", "version": 1}' },
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.code)).toEqual(['invalid-json', 'not-azure', 'is-design']);
  });
});
