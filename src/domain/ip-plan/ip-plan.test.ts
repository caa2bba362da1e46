import { describe, expect, it } from 'vitest';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createNatGateway,
  createNsg,
  createPolicy,
  createRouteTable,
  createSubnet,
  createVnet,
} from '../model/factories';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { buildIpPlan } from './build-ip-plan';
import { ipPlanColumns } from './columns';
import { filterIpPlanRows } from './filter-rows';
import { compareAddressText, sortIpPlanRows } from './sort-rows';

function plannedDesign() {
  return createDesign({
    environments: [
      createEnvironment({ id: 'e1', name: 'Prod A', type: 'Production', policyIds: ['p'] }),
      createEnvironment({ id: 'e2', name: 'Dev B', type: 'Developer', policyIds: ['p'] }),
      createEnvironment({ id: 'e3', name: 'Teams C', type: 'Teams', policyIds: ['p'] }),
    ],
    policies: [createPolicy({ id: 'p', subnetIds: ['pp'] })],
    vnets: [
      createVnet({ id: 'v1', name: 'vnet-hub', region: 'eastus', addressPrefixes: ['10.0.0.0/22'] }),
      createVnet({ id: 'v2', name: 'vnet-spoke', region: 'westus', addressPrefixes: ['10.1.0.0/24'] }),
    ],
    natGateways: [createNatGateway({ id: 'nat1', name: 'nat-eus' })],
    nsgs: [createNsg({ id: 'nsg1', name: 'nsg-pp' })],
    routeTables: [createRouteTable({ id: 'rt1', name: 'rt-fw' })],
    subnets: [
      createSubnet({ id: 's-b', vnetId: 'v1', name: 'snet-10', prefix: '10.0.2.0/24' }),
      createDelegatedSubnet({
        id: 'pp',
        vnetId: 'v1',
        name: 'snet-pp',
        prefix: '10.0.0.0/25',
        natGatewayId: 'nat1',
        nsgId: 'nsg1',
        routeTableId: 'rt-missing',
      }),
      createSubnet({ id: 's-bad', vnetId: 'v1', name: 'snet-typo', prefix: '10.0.3.5/24' }),
      createSubnet({ id: 's-2', vnetId: 'v2', name: 'snet-2', prefix: '10.1.0.0/26' }),
      createSubnet({ id: 'orphan', vnetId: 'gone', name: 'snet-orphan', prefix: '192.168.0.0/29' }),
    ],
  });
}

describe('buildIpPlan', () => {
  it('has one row per subnet in address order per VNet, orphans last', () => {
    const rows = buildIpPlan(plannedDesign());
    expect(rows.map((r) => r.id)).toEqual(['pp', 's-b', 's-bad', 's-2', 'orphan']);
    expect(rows.every((r) => r.kind === 'subnet')).toBe(true);
    expect(rows[4]).toMatchObject({ vnet: 'gone', region: '', addresses: 8, usable: 3 });
  });

  it('fills address figures, attachments and Power Platform demand', () => {
    const pp = buildIpPlan(plannedDesign()).find((r) => r.id === 'pp');
    expect(pp).toMatchObject({
      vnet: 'vnet-hub',
      region: 'eastus',
      addressSpace: '10.0.0.0/22',
      subnet: 'snet-pp',
      prefix: '10.0.0.0/25',
      firstUsable: '10.0.0.4',
      lastUsable: '10.0.0.126',
      addresses: 128,
      usable: 123,
      delegation: 'Microsoft.PowerPlatform/enterprisePolicies',
      natGateway: 'nat-eus',
      nsg: 'nsg-pp',
      routeTable: 'rt-missing',
      environments: 'Prod A; Dev B; Teams C',
      // 30 (production) + 10 (developer) + 5 reserved; Teams takes no estimate
      demand: 45,
      headroom: 83,
    });
  });

  it('leaves figures empty for a prefix that does not parse and for non-delegated subnets', () => {
    const rows = buildIpPlan(plannedDesign());
    const bad = rows.find((r) => r.id === 's-bad');
    expect(bad).toMatchObject({ prefix: '10.0.3.5/24', addresses: undefined, usable: undefined });
    expect(bad?.firstUsable).toBeUndefined();
    expect(rows.find((r) => r.id === 's-b')).toMatchObject({ demand: undefined, headroom: undefined });
  });

  it('adds free blocks in address order when asked', () => {
    const rows = buildIpPlan(plannedDesign(), { includeFree: true }).filter((r) => r.vnetId === 'v1');
    expect(rows.map((r) => `${r.kindLabel} ${r.prefix}`)).toEqual([
      'Subnet 10.0.0.0/25',
      'Free 10.0.0.128/25',
      'Free 10.0.1.0/24',
      'Subnet 10.0.2.0/24',
      'Free 10.0.3.0/24',
      'Subnet 10.0.3.5/24',
    ]);
    expect(rows[1]).toMatchObject({
      firstUsable: '10.0.0.128',
      lastUsable: '10.0.0.255',
      addresses: 128,
      usable: undefined,
    });
  });

  it('is memoized per design and hands out arrays callers may reorder', () => {
    const design = plannedDesign();
    const a = buildIpPlan(design);
    a.reverse();
    const b = buildIpPlan(design);
    expect(b.map((r) => r.id)).toEqual(['pp', 's-b', 's-bad', 's-2', 'orphan']);
    expect(b[0]).toBe(a[a.length - 1]);
    expect(Object.isFrozen(b[0])).toBe(true);
  });

  it('covers the white paper scenario', () => {
    const rows = buildIpPlan(whitepaperScenario1());
    expect(rows.map((r) => `${r.vnet}/${r.subnet} ${r.prefix} ${r.demand ?? '-'}`)).toEqual([
      'vnet1-westus/snet-powerplatform 10.10.0.0/24 45',
      'vnet1-westus/snet-data 10.10.1.0/24 -',
      'vnet2-eastus/snet-powerplatform 10.20.0.0/24 45',
    ]);
  });
});

describe('sortIpPlanRows', () => {
  const rows = buildIpPlan(plannedDesign(), { includeFree: true });

  it('orders prefixes by address, not as text', () => {
    expect(compareAddressText('10.0.2.0/24', '10.0.10.0/24')).toBeLessThan(0);
    expect(compareAddressText('10.0.10.0', '10.0.2.0')).toBeGreaterThan(0);
    expect(compareAddressText('10.0.0.0/16', '10.0.0.0/24')).toBeLessThan(0);
    expect(compareAddressText('not-an-ip', '255.255.255.255/32')).toBeGreaterThan(0);
    const sorted = sortIpPlanRows(rows, 'prefix').map((r) => r.prefix);
    expect(sorted.slice(0, 4)).toEqual(['10.0.0.0/25', '10.0.0.128/25', '10.0.1.0/24', '10.0.2.0/24']);
    expect(sorted.at(-1)).toBe('192.168.0.0/29');
  });

  it('sorts addresses descending too', () => {
    const firsts = sortIpPlanRows(rows, 'firstUsable', 'desc').map((r) => r.firstUsable);
    expect(firsts[0]).toBe('192.168.0.4');
    // the unparsable prefix has no first address and stays last either way
    expect(firsts.at(-1)).toBeUndefined();
  });

  it('sorts numbers numerically with empty cells last in both directions', () => {
    const asc = sortIpPlanRows(rows, 'addresses').map((r) => r.addresses);
    const desc = sortIpPlanRows(rows, 'addresses', 'desc').map((r) => r.addresses);
    expect(asc.filter((n) => n !== undefined)).toEqual([8, 64, 64, 128, 128, 128, 256, 256, 256]);
    expect(desc.filter((n) => n !== undefined)).toEqual([256, 256, 256, 128, 128, 128, 64, 64, 8]);
    expect(asc.at(-1)).toBeUndefined();
    expect(desc.at(-1)).toBeUndefined();
  });

  it('sorts text naturally and keeps ties stable', () => {
    const names = sortIpPlanRows(rows, 'subnet').map((r) => r.subnet);
    expect(names.filter(Boolean)).toEqual(['snet-2', 'snet-10', 'snet-orphan', 'snet-pp', 'snet-typo']);
    const byVnet = sortIpPlanRows(rows, 'vnet').filter((r) => r.vnet === 'vnet-hub');
    expect(byVnet.map((r) => r.id)).toEqual(rows.filter((r) => r.vnet === 'vnet-hub').map((r) => r.id));
  });

  it('every column sorts without losing rows', () => {
    for (const c of ipPlanColumns) {
      const sorted = sortIpPlanRows(rows, c.key, 'desc');
      expect(new Set(sorted.map((r) => r.id))).toEqual(new Set(rows.map((r) => r.id)));
    }
  });
});

describe('filterIpPlanRows', () => {
  const rows = buildIpPlan(plannedDesign(), { includeFree: true });

  it('matches every term across columns, case-insensitively', () => {
    expect(filterIpPlanRows(rows, 'POWERPLATFORM').map((r) => r.id)).toEqual(['pp']);
    expect(filterIpPlanRows(rows, 'westus snet').map((r) => r.id)).toEqual(['s-2']);
    expect(filterIpPlanRows(rows, 'free 10.0.3').map((r) => r.prefix)).toEqual(['10.0.3.0/24']);
    expect(filterIpPlanRows(rows, 'prod a')).toHaveLength(1);
    expect(filterIpPlanRows(rows, 'nothing-like-this')).toEqual([]);
  });

  it('keeps everything for an empty filter', () => {
    expect(filterIpPlanRows(rows, '   ')).toHaveLength(rows.length);
  });
});

describe('dual-stack subnets in the IP plan', () => {
  it('shows the IPv6 prefix in its own column after the original ones and keeps the figures IPv4', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/16', 'fd00:db8:1::/48'] })],
      subnets: [
        createSubnet({ id: 'a', vnetId: 'v', prefix: '10.0.1.0/24', ipv6Prefix: 'fd00:db8:1:1::/64' }),
        createSubnet({ id: 'b', vnetId: 'v', prefix: '10.0.2.0/24' }),
      ],
    });
    const rows = buildIpPlan(design);
    expect(rows.map((r) => [r.prefix, r.ipv6Prefix, r.usable, r.addressSpace])).toEqual([
      ['10.0.1.0/24', 'fd00:db8:1:1::/64', 251, '10.0.0.0/16 fd00:db8:1::/48'],
      ['10.0.2.0/24', '', 251, '10.0.0.0/16 fd00:db8:1::/48'],
    ]);
    expect(ipPlanColumns.at(-2)?.label).toBe('IPv6 prefix');
  });
});

describe('hub objects in the IP plan', () => {
  it('names each hub object on the row of the subnet that hosts it, in a last column', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'hub', addressPrefixes: ['10.0.0.0/16'] })],
      subnets: [
        createSubnet({ id: 'fw', vnetId: 'hub', name: 'AzureFirewallSubnet', prefix: '10.0.0.0/26' }),
        createSubnet({ id: 'gw', vnetId: 'hub', name: 'GatewaySubnet', prefix: '10.0.1.0/27' }),
        createSubnet({ id: 'apps', vnetId: 'hub', name: 'snet-apps', prefix: '10.0.2.0/24' }),
      ],
      firewalls: [
        {
          id: 'afw',
          name: 'afw-hub',
          vnetId: 'hub',
          kind: 'AzureFirewall',
          sku: 'Standard',
          privateIp: '10.0.0.4',
        },
        { id: 'nva', name: 'nva-hub', vnetId: 'hub', kind: 'NVA', sku: 'Standard', privateIp: '10.0.2.10' },
      ],
      gateways: [
        { id: 'vgw', name: 'vgw-hub', vnetId: 'hub', type: 'Vpn', sku: 'VpnGw1AZ', activeActive: false },
      ],
      // No AzureBastionSubnet: the Bastion host has no row to sit on.
      bastions: [{ id: 'bas', name: 'bas-hub', vnetId: 'hub', sku: 'Basic' }],
    });
    expect(buildIpPlan(design).map((r) => [r.subnet, r.hubObjects])).toEqual([
      ['AzureFirewallSubnet', 'afw-hub (Azure Firewall)'],
      ['GatewaySubnet', 'vgw-hub (VPN gateway)'],
      ['snet-apps', 'nva-hub (NVA)'],
    ]);
    expect(ipPlanColumns.at(-1)?.label).toBe('Hub objects');
  });
});
