import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../model/load';
import { detectFormat } from '../detect-format';
import { importAzureFiles } from '../import-azure-files';
import { readJson } from '../read-json';

const sub = '11111111-2222-3333-4444-555555555555';
const rg = `/subscriptions/${sub}/resourceGroups/rg-net`;
const vnetId = `${rg}/providers/Microsoft.Network/virtualNetworks/vnet-pp`;
const hubId = `/subscriptions/${sub}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
const nsgId = `${rg}/providers/Microsoft.Network/networkSecurityGroups/nsg-pp`;
const pp = 'Microsoft.PowerPlatform/enterprisePolicies';

function importOk(files: Array<{ name: string; json: unknown }>) {
  const r = importAzureFiles(files.map((f) => ({ name: f.name, text: JSON.stringify(f.json, null, 2) })));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const loaded = parseDesign(JSON.parse(JSON.stringify(r.design)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return r;
}

/** `az network vnet list` prints VNets with their properties flattened and subnets inline. */
const azVnetList = [
  {
    addressSpace: { addressPrefixes: ['10.10.0.0/16'] },
    dhcpOptions: { dnsServers: [] },
    enableDdosProtection: false,
    id: vnetId,
    location: 'westeurope',
    name: 'vnet-pp',
    provisioningState: 'Succeeded',
    resourceGroup: 'rg-net',
    subnets: [
      {
        addressPrefix: '10.10.1.0/24',
        delegations: [
          {
            actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'],
            id: `${vnetId}/subnets/snet-pp/delegations/pp`,
            name: 'pp',
            serviceName: pp,
            type: 'Microsoft.Network/virtualNetworks/subnets/delegations',
          },
        ],
        id: `${vnetId}/subnets/snet-pp`,
        name: 'snet-pp',
        networkSecurityGroup: { id: nsgId.toUpperCase(), resourceGroup: 'RG-NET' },
        privateEndpointNetworkPolicies: 'Disabled',
        type: 'Microsoft.Network/virtualNetworks/subnets',
      },
    ],
    type: 'Microsoft.Network/virtualNetworks',
    virtualNetworkPeerings: [
      {
        allowForwardedTraffic: true,
        allowGatewayTransit: false,
        allowVirtualNetworkAccess: true,
        id: `${vnetId}/virtualNetworkPeerings/pp-to-hub`,
        name: 'pp-to-hub',
        peeringState: 'Connected',
        remoteVirtualNetwork: { id: hubId, resourceGroup: 'rg-hub' },
        useRemoteGateways: true,
      },
    ],
  },
];

/** `az network nsg list` */
const azNsgList = [
  {
    defaultSecurityRules: [
      { name: 'AllowVnetInBound', priority: 65000, direction: 'Inbound', access: 'Allow', protocol: '*' },
    ],
    id: nsgId,
    location: 'westeurope',
    name: 'nsg-pp',
    securityRules: [
      {
        access: 'Allow',
        destinationAddressPrefix: 'VirtualNetwork',
        destinationPortRange: '443',
        direction: 'Outbound',
        id: `${nsgId}/securityRules/allow-https`,
        name: 'allow-https',
        priority: 100,
        protocol: 'Tcp',
        sourceAddressPrefix: '*',
        sourcePortRange: '*',
      },
    ],
    type: 'Microsoft.Network/networkSecurityGroups',
  },
];

/** `Get-AzVirtualNetwork -Name vnet-hub | ConvertTo-Json -Depth 20` (PascalCase, prefixes as arrays). */
const psHub = {
  AddressSpace: { AddressPrefixes: ['10.0.0.0/16'] },
  DhcpOptions: { DnsServers: ['10.0.0.4'] },
  Subnets: [
    {
      AddressPrefix: ['10.0.0.0/26'],
      Delegations: [],
      Name: 'AzureFirewallSubnet',
      Id: `${hubId}/subnets/AzureFirewallSubnet`,
      NetworkSecurityGroup: null,
      RouteTable: null,
      NatGateway: null,
    },
  ],
  VirtualNetworkPeerings: [
    {
      RemoteVirtualNetwork: { Id: vnetId },
      AllowVirtualNetworkAccess: true,
      AllowForwardedTraffic: false,
      AllowGatewayTransit: true,
      UseRemoteGateways: false,
      Name: 'hub-to-pp',
      Id: `${hubId}/virtualNetworkPeerings/hub-to-pp`,
    },
  ],
  ResourceGroupName: 'rg-hub',
  Location: 'westeurope',
  Name: 'vnet-hub',
  Id: hubId,
};

/** An enterprise policy as the REST API (and `az resource show`) returns it. */
const policyRest = {
  id: `${rg}/providers/Microsoft.PowerPlatform/enterprisePolicies/ep-weu`,
  name: 'ep-weu',
  type: 'Microsoft.PowerPlatform/enterprisePolicies',
  location: 'europe',
  kind: 'NetworkInjection',
  properties: {
    networkInjection: { virtualNetworks: [{ id: vnetId, subnet: { name: 'snet-pp' } }] },
    healthStatus: 'Healthy',
  },
};

describe('importing what Azure tools print', () => {
  it('detects each format from its content', () => {
    const fmt = (v: unknown) => {
      const r = readJson(JSON.stringify(v));
      return r.ok ? detectFormat(r.value) : 'invalid';
    };
    expect(fmt(azVnetList)).toBe('azure-live');
    expect(fmt(psHub)).toBe('azure-live');
    expect(fmt({ value: [policyRest] })).toBe('azure-live');
    expect(fmt({ count: 1, data: [policyRest], skip_token: null, total_records: 1 })).toBe('azure-live');
    expect(fmt([])).toBe('azure-live');
    expect(fmt({ format_version: '1.2', values: {} })).toBe('terraform');
    expect(fmt({ a: 1 })).toBe('unknown');
  });

  it('merges az, PowerShell and REST output by resource id, case-insensitively', () => {
    const r = importOk([
      { name: 'vnets.json', json: azVnetList },
      { name: 'nsgs.json', json: azNsgList },
      { name: 'hub.json', json: psHub },
      { name: 'policy.json', json: { value: [policyRest] } },
    ]);
    const d = r.design;
    const pp = d.vnets.find((v) => v.name === 'vnet-pp');
    const hub = d.vnets.find((v) => v.name === 'vnet-hub');
    expect(d.vnets).toHaveLength(2);
    expect(hub).toMatchObject({
      region: 'westeurope',
      resourceGroup: 'rg-hub',
      addressPrefixes: ['10.0.0.0/16'],
      dnsServers: ['10.0.0.4'],
    });
    const snet = d.subnets.find((s) => s.name === 'snet-pp');
    expect(snet).toMatchObject({
      prefix: '10.10.1.0/24',
      delegations: ['Microsoft.PowerPlatform/enterprisePolicies'],
      nsgId: d.nsgs[0]?.id,
    });
    expect(d.subnets.find((s) => s.name === 'AzureFirewallSubnet')?.prefix).toBe('10.0.0.0/26');
    // Only the NSG's own rules: Azure's default rules are in every NSG.
    expect(d.nsgs[0]?.rules.map((x) => x.name)).toEqual(['allow-https']);
    expect(d.peerings).toHaveLength(1);
    const [peering] = d.peerings;
    expect(peering?.vnetAId).toBe(pp?.id);
    expect(peering?.aToB).toMatchObject({
      name: 'pp-to-hub',
      allowForwardedTraffic: true,
      useRemoteGateways: true,
    });
    expect(peering?.bToA).toMatchObject({
      name: 'hub-to-pp',
      allowGatewayTransit: true,
      allowForwardedTraffic: false,
    });
    expect(d.policies).toEqual([
      expect.objectContaining({
        name: 'ep-weu',
        location: 'europe',
        subscriptionId: sub,
        resourceGroup: 'rg-net',
        subnetIds: [snet?.id],
      }),
    ]);
    expect(r.placeholders).toBe(0);
    // a live estate exists: every object (and a NAT gateway's public IPs) is marked existing
    for (const key of ['vnets', 'subnets', 'peerings', 'nsgs', 'policies'] as const)
      expect(
        d[key].every((o) => o.existing === true),
        key,
      ).toBe(true);
  });

  it('reads Resource Graph rows with lower-case types', () => {
    const row = {
      ...policyRest,
      type: 'microsoft.powerplatform/enterprisepolicies',
      resourceGroup: 'rg-net',
      subscriptionId: sub,
    };
    const vnetRow = {
      id: vnetId.toLowerCase(),
      name: 'vnet-pp',
      type: 'microsoft.network/virtualnetworks',
      location: 'westeurope',
      properties: {
        addressSpace: { addressPrefixes: ['10.10.0.0/16'] },
        subnets: [
          {
            name: 'snet-pp',
            id: `${vnetId}/subnets/snet-pp`.toLowerCase(),
            properties: {
              addressPrefix: '10.10.1.0/24',
              delegations: [{ name: 'pp', properties: { serviceName: pp } }],
            },
          },
        ],
      },
    };
    const d = importOk([
      { name: 'graph.json', json: { count: 2, data: [vnetRow, row], skip_token: null, total_records: 2 } },
    ]).design;
    expect(d.subnets[0]?.delegations).toEqual([pp]);
    expect(d.policies[0]?.subnetIds).toEqual([d.subnets[0]?.id]);
  });

  it('reads Get-AzResource -ExpandProperties output (ResourceId, ResourceType, Properties)', () => {
    const ps = {
      Name: 'ep-weu',
      ResourceId: policyRest.id,
      ResourceType: policyRest.type,
      Kind: 'NetworkInjection',
      Location: 'europe',
      ResourceGroupName: 'rg-net',
      Properties: policyRest.properties,
    };
    const r = importOk([
      { name: 'vnets.json', json: azVnetList },
      { name: 'policy.json', json: ps },
    ]);
    expect(r.design.policies[0]?.subnetIds).toHaveLength(1);
  });

  it('warns about a subnet attachment to an object the files do not describe, and imports the rest', () => {
    const r = importOk([{ name: 'vnets.json', json: azVnetList }]);
    expect(r.design.subnets[0]?.nsgId).toBeUndefined();
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        file: 'vnets.json',
        path: '$[0].properties.subnets[0].properties.networkSecurityGroup',
      }),
    );
    // The hub exists only as the peering's remote end: kept, without an address space, and said so.
    expect(r.design.vnets.find((v) => v.name === 'vnet-hub')?.addressPrefixes).toEqual([]);
  });

  it('counts what a design cannot hold by type', () => {
    const list = [
      ...azVnetList,
      {
        id: `${rg}/providers/Microsoft.Compute/virtualMachines/vm1`,
        name: 'vm1',
        type: 'Microsoft.Compute/virtualMachines',
        location: 'westeurope',
      },
      {
        id: `${rg}/providers/Microsoft.Compute/virtualMachines/vm2`,
        name: 'vm2',
        type: 'Microsoft.Compute/virtualMachines',
        location: 'westeurope',
      },
      {
        id: `${rg}/providers/Microsoft.KeyVault/vaults/kv`,
        name: 'kv',
        type: 'Microsoft.KeyVault/vaults',
        location: 'westeurope',
      },
    ];
    expect(importOk([{ name: 'resources.json', json: list }]).skipped).toEqual([
      { type: 'Microsoft.Compute/virtualMachines', count: 2 },
      { type: 'Microsoft.KeyVault/vaults', count: 1 },
    ]);
  });
});
