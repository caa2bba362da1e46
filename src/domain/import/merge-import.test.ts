import { describe, expect, it } from 'vitest';
import { createDesign, createSubnet, createVnet } from '../model/factories';
import { parseDesign } from '../model/load';
import type { Design } from '../model/schema';
import { importAzureFiles } from './azure/import-azure-files';
import { mergeImport, summarizeDrift } from './merge-import';

const sub = '11111111-2222-3333-4444-555555555555';
const rg = `/subscriptions/${sub}/resourceGroups/rg-net`;
const vnetId = (name: string) => `${rg}/providers/Microsoft.Network/virtualNetworks/${name}`;

interface EstateOptions {
  hubSpace?: string[];
  spokeSubnets?: Array<[string, string]>;
  forwarded?: boolean;
  idCase?: (s: string) => string;
}

/** `az network vnet list` output for a hub and a peered spoke, varied per test. */
function estate(o: EstateOptions = {}): Design {
  const c = o.idCase ?? ((s: string) => s);
  const subnets = o.spokeSubnets ?? [
    ['snet-pp', '10.20.1.0/24'],
    ['snet-pe', '10.20.2.0/24'],
  ];
  const peering = (from: string, to: string, forwarded: boolean) => ({
    id: c(`${vnetId(from)}/virtualNetworkPeerings/${from}-to-${to}`),
    name: `${from}-to-${to}`,
    remoteVirtualNetwork: { id: c(vnetId(to)) },
    allowVirtualNetworkAccess: true,
    allowForwardedTraffic: forwarded,
    allowGatewayTransit: false,
    useRemoteGateways: false,
    peeringState: 'Connected',
  });
  const list = [
    {
      id: c(vnetId('vnet-hub')),
      name: 'vnet-hub',
      type: 'Microsoft.Network/virtualNetworks',
      location: 'westeurope',
      resourceGroup: 'rg-net',
      addressSpace: { addressPrefixes: o.hubSpace ?? ['10.0.0.0/16'] },
      subnets: [
        {
          id: c(`${vnetId('vnet-hub')}/subnets/GatewaySubnet`),
          name: 'GatewaySubnet',
          addressPrefix: '10.0.0.0/27',
        },
      ],
      virtualNetworkPeerings: [peering('vnet-hub', 'vnet-spoke', o.forwarded ?? false)],
    },
    {
      id: c(vnetId('vnet-spoke')),
      name: 'vnet-spoke',
      type: 'Microsoft.Network/virtualNetworks',
      location: 'westeurope',
      resourceGroup: 'rg-net',
      addressSpace: { addressPrefixes: ['10.20.0.0/16'] },
      subnets: subnets.map(([name, prefix]) => ({
        id: c(`${vnetId('vnet-spoke')}/subnets/${name}`),
        name,
        addressPrefix: prefix,
      })),
      virtualNetworkPeerings: [peering('vnet-spoke', 'vnet-hub', false)],
    },
  ];
  const r = importAzureFiles([{ name: 'vnets.json', text: JSON.stringify(list) }]);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.design;
}

function valid(d: Design): Design {
  const loaded = parseDesign(JSON.parse(JSON.stringify(d)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.design;
}

describe('mergeImport (re-import is a refresh)', () => {
  it('into an empty design adds everything, with fresh ids and references intact', () => {
    const r = mergeImport(createDesign(), estate());
    expect(valid(r.design).vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke']);
    expect(r.design.subnets).toHaveLength(3);
    expect(r.design.peerings).toHaveLength(1);
    expect(r.updated).toEqual([]);
    expect(r.added).toHaveLength(6);
    expect(summarizeDrift(r.drift)).toEqual({ added: 6, removed: 0, changed: 0 });
  });

  it('importing the same estate again updates in place: nothing duplicated, no drift', () => {
    const first = mergeImport(createDesign(), estate()).design;
    const moved = { ...first, layout: { [first.vnets[0]?.id ?? '']: { x: 500, y: 700 } } };
    const again = mergeImport(moved, estate());
    expect(again.design.vnets).toHaveLength(2);
    expect(again.design.subnets).toHaveLength(3);
    expect(again.design.peerings).toHaveLength(1);
    expect(again.added).toEqual([]);
    expect(again.updated).toHaveLength(6);
    expect(again.drift).toEqual([]);
    expect(again.design).toStrictEqual(moved);
  });

  it('matches Azure resource ids case-insensitively, as Azure compares them', () => {
    const first = mergeImport(createDesign(), estate()).design;
    const again = mergeImport(first, estate({ idCase: (s) => s.toUpperCase() }));
    expect(again.added).toEqual([]);
    expect(again.design.vnets).toHaveLength(2);
  });

  it('lists drift: a grown address space, a changed prefix, a new and a removed subnet, a peering flag', () => {
    const first = mergeImport(createDesign(), estate()).design;
    const r = mergeImport(
      first,
      estate({
        hubSpace: ['10.0.0.0/16', '10.1.0.0/16'],
        spokeSubnets: [
          ['snet-pp', '10.20.4.0/24'],
          ['snet-new', '10.20.9.0/24'],
        ],
        forwarded: true,
      }),
    );
    const byName = Object.fromEntries(r.drift.map((d) => [`${d.change} ${d.name}`, d.details]));
    expect(byName['changed vnet-hub']).toEqual(['addressPrefixes: 10.0.0.0/16 → 10.0.0.0/16, 10.1.0.0/16']);
    expect(byName['changed snet-pp']).toEqual(['prefix: 10.20.1.0/24 → 10.20.4.0/24']);
    expect(byName['added snet-new']).toEqual([]);
    expect(byName['removed snet-pe']).toEqual([]);
    const peering = r.drift.find((d) => d.collection === 'peerings');
    expect(peering?.change).toBe('changed');
    expect(peering?.details.join(' ')).toMatch(/"allowForwardedTraffic":true/);
    // The merged design carries the estate's values and keeps the removed subnet (it may be planned work).
    const merged = valid(r.design);
    expect(merged.vnets.find((v) => v.name === 'vnet-hub')?.addressPrefixes).toEqual([
      '10.0.0.0/16',
      '10.1.0.0/16',
    ]);
    expect(merged.subnets.map((s) => s.name).sort()).toEqual([
      'GatewaySubnet',
      'snet-new',
      'snet-pe',
      'snet-pp',
    ]);
    // Changed objects keep their ids, so their canvas positions and connections stay.
    const pp = (d: Design) => d.subnets.find((s) => s.name === 'snet-pp')?.id;
    expect(pp(merged)).toBe(pp(first));
  });

  it('falls back to type, resource group and name when the design has no subscription match', () => {
    const design = createDesign({
      vnets: [
        createVnet({
          id: 'vnet-1',
          name: 'VNET-SPOKE',
          resourceGroup: 'RG-NET',
          subscriptionId: 'other',
          addressPrefixes: ['10.20.0.0/16'],
        }),
      ],
      subnets: [createSubnet({ id: 'subnet-1', vnetId: 'vnet-1', name: 'snet-pp', prefix: '10.20.1.0/24' })],
    });
    const r = mergeImport(design, estate());
    expect(r.updated).toContain('vnet-1');
    expect(r.updated).toContain('subnet-1');
    expect(r.design.vnets.filter((v) => v.name.toLowerCase() === 'vnet-spoke')).toHaveLength(1);
  });

  it('gives an added object a new id when its imported id is taken, and its references follow', () => {
    const design = createDesign({
      vnets: [
        createVnet({
          id: 'vnet-1',
          name: 'planned',
          resourceGroup: 'rg-plan',
          addressPrefixes: ['10.99.0.0/16'],
        }),
      ],
      subnets: [createSubnet({ id: 'subnet-1', vnetId: 'vnet-1', name: 'snet-a', prefix: '10.99.1.0/24' })],
    });
    const r = mergeImport(design, estate());
    const merged = valid(r.design);
    expect(merged.vnets).toHaveLength(3);
    expect(merged.subnets.find((s) => s.id === 'subnet-1')?.vnetId).toBe('vnet-1');
    const spoke = merged.vnets.find((v) => v.name === 'vnet-spoke');
    expect(merged.subnets.filter((s) => s.vnetId === spoke?.id).map((s) => s.name)).toEqual([
      'snet-pp',
      'snet-pe',
    ]);
    // a planned VNet in another resource group is not reported as removed
    expect(r.drift.filter((d) => d.change === 'removed')).toEqual([]);
  });

  it("keeps the design's subscription and resource group when a template's placeholder scope matches by name", () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          apiVersion: '2023-09-01',
          name: 'vnet-spoke',
          location: 'westeurope',
          properties: { addressSpace: { addressPrefixes: ['10.20.0.0/16', '10.21.0.0/16'] } },
        },
      ],
    };
    const imported = importAzureFiles([{ name: 'main.json', text: JSON.stringify(template) }]);
    if (!imported.ok) throw new Error('template did not import');
    const first = mergeImport(createDesign(), estate()).design;
    const r = mergeImport(first, imported.design);
    expect(r.added).toEqual([]);
    const spoke = r.design.vnets.find((v) => v.name === 'vnet-spoke');
    expect(spoke).toMatchObject({
      subscriptionId: sub,
      resourceGroup: 'rg-net',
      addressPrefixes: ['10.20.0.0/16', '10.21.0.0/16'],
    });
    expect(r.drift.map((d) => `${d.change} ${d.name} ${d.details.join('; ')}`.trim())).toEqual([
      'changed vnet-spoke addressPrefixes: 10.20.0.0/16 → 10.20.0.0/16, 10.21.0.0/16',
      // the template declares the VNet without subnets: deploying it would remove them
      'removed snet-pp',
      'removed snet-pe',
    ]);
  });
});
