import { describe, expect, it } from 'vitest';
import {
  createBastion,
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createFirewall,
  createGateway,
  createPolicy,
  createSubnet,
  createVnet,
} from '../model/factories';
import type { Environment } from '../model/schema';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { computeUsage } from './compute-usage';
import { estimateDemand, sizingGuidance, smallestSubnetPrefixFor } from './estimate-demand';

function pairedDesign(envs: Environment[], prefix = '10.0.0.0/24') {
  return createDesign({
    environments: envs,
    policies: [createPolicy({ id: 'pol', subnetIds: ['s-e', 's-w'] })],
    vnets: [
      createVnet({ id: 'v-e', region: 'eastus', addressPrefixes: ['10.0.0.0/16'] }),
      createVnet({ id: 'v-w', region: 'westus', addressPrefixes: ['10.1.0.0/16'] }),
    ],
    subnets: [
      createDelegatedSubnet({ id: 's-e', vnetId: 'v-e', prefix }),
      createDelegatedSubnet({ id: 's-w', vnetId: 'v-w', prefix: prefix.replace('10.0.', '10.1.') }),
    ],
  });
}

const prod = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    createEnvironment({ id: `p${i}`, type: 'Production', policyIds: ['pol'] }),
  );
const sandbox = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    createEnvironment({ id: `s${i}`, type: 'Sandbox', policyIds: ['pol'] }),
  );

describe('estimateDemand (Microsoft worked examples)', () => {
  it('4 production environments need 125 addresses: a /25', () => {
    expect(estimateDemand(4, 0)).toBe(125);
    expect(smallestSubnetPrefixFor(125)).toBe(25);
  });
  it('20 non-production environments need 205 addresses: a /24', () => {
    expect(estimateDemand(0, 20)).toBe(205);
    expect(smallestSubnetPrefixFor(205)).toBe(24);
  });
  it('never suggests a subnet smaller than /29', () => {
    expect(smallestSubnetPrefixFor(5)).toBe(29);
  });
});

describe('computeUsage', () => {
  it('4 production environments in a /25: 125 of 128, fits but near full, on both subnets of the pair', () => {
    const usage = computeUsage(pairedDesign(prod(4), '10.0.0.0/25'));
    for (const id of ['s-e', 's-w']) {
      const s = usage.subnets.get(id);
      expect(s?.size).toBe(128);
      expect(s?.usable).toBe(123);
      expect(s?.demand?.estimated).toBe(125);
      expect(s?.demand?.headroom).toBe(3);
      expect(s?.demand?.fits).toBe(true);
      expect(s?.demand?.nearFull).toBe(true);
      expect(s?.demand?.smallestPrefix).toBe(25);
      expect(s?.demand?.environments.map((e) => e.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
    }
  });

  it('20 sandbox environments in a /24: 205 of 256, 80.1 %', () => {
    const s = computeUsage(pairedDesign(sandbox(20))).subnets.get('s-e');
    expect(s?.demand?.estimated).toBe(205);
    expect(s?.demand?.percentUsed).toBe(80.1);
    expect(s?.demand?.nearFull).toBe(false);
    expect(s?.demand?.smallestPrefix).toBe(24);
  });

  it('counts an environment once even when several policies reference the subnet, and every policy', () => {
    const design = pairedDesign([
      createEnvironment({ id: 'a', type: 'Production', policyIds: ['pol', 'pol2'] }),
      createEnvironment({ id: 'b', type: 'Developer', policyIds: ['pol2'] }),
      createEnvironment({ id: 't', type: 'Trial', policyIds: ['pol2'] }),
    ]);
    design.policies.push(createPolicy({ id: 'pol2', subnetIds: ['s-e'] }));
    const s = computeUsage(design).subnets.get('s-e');
    expect(s?.demand?.estimated).toBe(30 + 10 + 5);
    expect(s?.demand?.policyIds).toEqual(['pol', 'pol2']);
    expect(s?.demand?.environments.find((e) => e.id === 'a')?.policyIds).toEqual(['pol', 'pol2']);
    expect(s?.demand?.uncountedEnvironmentIds).toEqual(['t']);
    expect(computeUsage(design).subnets.get('s-w')?.demand?.estimated).toBe(35);
  });

  it("totals the design's demand once per failover pair, not once per subnet", () => {
    const usage = computeUsage(pairedDesign(prod(1)));
    expect(usage.subnets.get('s-e')?.demand?.estimated).toBe(35);
    expect(usage.subnets.get('s-w')?.demand?.estimated).toBe(35);
    expect(usage.failoverGroups).toEqual([['s-e', 's-w']]);
    expect(usage.powerPlatformDemand).toBe(35);
    expect(usage.byVnet.get('v-e')?.powerPlatformDemand).toBe(35);
  });

  it('sums independent pairs, takes the larger twin when a second policy loads one side, and joins chains', () => {
    const design = pairedDesign([
      ...prod(1),
      createEnvironment({ id: 'x', type: 'Production', policyIds: ['pol2'] }),
      createEnvironment({ id: 'y', type: 'Sandbox', policyIds: ['pol3'] }),
    ]);
    // pol2 loads s-e only: s-e holds 30 + 30 + 5, its twin s-w 35; the pair needs the larger
    design.policies.push(createPolicy({ id: 'pol2', subnetIds: ['s-e'] }));
    design.vnets.push(createVnet({ id: 'v-c', region: 'centralus', addressPrefixes: ['10.2.0.0/16'] }));
    design.subnets.push(createDelegatedSubnet({ id: 's-c', vnetId: 'v-c', prefix: '10.2.0.0/24' }));
    design.policies.push(createPolicy({ id: 'pol3', subnetIds: ['s-c'] }));
    const usage = computeUsage(design);
    expect(usage.subnets.get('s-e')?.demand?.estimated).toBe(65);
    expect(usage.failoverGroups).toEqual([['s-e', 's-w'], ['s-c']]);
    expect(usage.powerPlatformDemand).toBe(65 + 15);
    // a policy pairing s-w with s-c joins all three into one group
    design.policies.push(createPolicy({ id: 'pol4', subnetIds: ['s-w', 's-c'] }));
    const joined = computeUsage({ ...design, policies: [...design.policies] });
    expect(joined.failoverGroups).toEqual([['s-e', 's-w', 's-c']]);
    expect(joined.powerPlatformDemand).toBe(65);
  });

  it('white paper scenario 1 needs 45 addresses in total, not 90', () => {
    const usage = computeUsage(whitepaperScenario1());
    expect(
      [...usage.subnets.values()].filter((s) => s.powerPlatform).map((s) => s.demand?.estimated),
    ).toEqual([45, 45]);
    expect(usage.powerPlatformDemand).toBe(45);
  });

  it('reports VNet totals and free ranges, and first/last usable addresses', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/24', 'nonsense'] })],
      subnets: [
        createSubnet({ id: 'a', vnetId: 'v', prefix: '10.0.0.0/26' }),
        createSubnet({
          id: 'b',
          vnetId: 'v',
          prefix: '10.0.0.128/27',
          occupants: [{ kind: 'VirtualMachine', name: 'vm', count: 2 }],
        }),
        createSubnet({ id: 'bad', vnetId: 'v', prefix: '10.0.0.5/24' }),
      ],
    });
    const v = computeUsage(design).byVnet.get('v');
    expect(v?.addressSpace).toBe(256);
    expect(v?.allocated).toBe(96);
    expect(v?.free).toBe(160);
    expect(v?.freeRanges).toEqual(['10.0.0.64/26', '10.0.0.160/27', '10.0.0.192/26']);
    expect(v?.invalidPrefixes).toEqual(['nonsense']);
    const a = computeUsage(design).subnets.get('a');
    expect([a?.firstUsable, a?.lastUsable, a?.reserved, a?.usable]).toEqual(['10.0.0.4', '10.0.0.62', 5, 59]);
    expect(computeUsage(design).subnets.get('b')?.occupantAddresses).toBe(2);
    const bad = computeUsage(design).subnets.get('bad');
    expect([bad?.valid, bad?.size, bad?.demand]).toEqual([false, 0, undefined]);
  });

  it('is memoized on the design object', () => {
    const design = whitepaperScenario1();
    expect(computeUsage(design)).toBe(computeUsage(design));
    expect(computeUsage(whitepaperScenario1())).not.toBe(computeUsage(design));
  });

  it('shows the white paper rule of thumb scaled to the subnet', () => {
    const g = sizingGuidance(128);
    expect(g.perSlash24.high).toEqual([3, 5]);
    expect(g.forThisSubnet.medium).toEqual([5, 10]);
    expect(g.text).toContain('3–5 high-load / 10–20 medium / 20–50 low-load environments per /24');
  });
});

describe('dual-stack VNets', () => {
  it('lists IPv6 prefixes apart and keeps every figure and Power Platform capacity IPv4', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/24', 'fd00:db8:1::/48'] })],
      subnets: [
        createDelegatedSubnet({ id: 's', vnetId: 'v', prefix: '10.0.0.0/26', ipv6Prefix: 'fd00:db8:1::/64' }),
      ],
    });
    const usage = computeUsage(design);
    const vnet = usage.byVnet.get('v');
    expect(vnet?.ipv6Prefixes).toEqual(['fd00:db8:1::/48']);
    expect(vnet?.invalidPrefixes).toEqual([]);
    expect(vnet?.addressSpace).toBe(256);
    expect(vnet?.allocated).toBe(64);
    const subnet = usage.subnets.get('s');
    expect(subnet?.ipv6Prefix).toBe('fd00:db8:1::/64');
    expect(subnet?.size).toBe(64);
    expect(subnet?.usable).toBe(59);
  });

  it('still lists a malformed IPv6 prefix as invalid', () => {
    const design = createDesign({ vnets: [createVnet({ id: 'v', addressPrefixes: ['fd00:db8::1/48'] })] });
    expect(computeUsage(design).byVnet.get('v')?.invalidPrefixes).toEqual(['fd00:db8::1/48']);
  });
});

describe('addresses taken by hub objects', () => {
  it('counts each hub object in its subnet: a gateway twice when active-active, an NVA where its IP is', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'hub', addressPrefixes: ['10.0.0.0/22'] })],
      subnets: [
        createSubnet({ id: 'gw', vnetId: 'hub', name: 'GatewaySubnet', prefix: '10.0.0.0/27' }),
        createSubnet({ id: 'fw', vnetId: 'hub', name: 'AzureFirewallSubnet', prefix: '10.0.1.0/26' }),
        createSubnet({ id: 'bas', vnetId: 'hub', name: 'AzureBastionSubnet', prefix: '10.0.2.0/26' }),
        createSubnet({ id: 'nva', vnetId: 'hub', name: 'snet-nva', prefix: '10.0.3.0/27' }),
      ],
      firewalls: [
        createFirewall({ id: 'afw', vnetId: 'hub', privateIp: '10.0.1.4' }),
        createFirewall({ id: 'appliance', vnetId: 'hub', kind: 'NVA', privateIp: '10.0.3.10' }),
      ],
      gateways: [
        createGateway({ id: 'vpn', vnetId: 'hub', activeActive: true }),
        createGateway({ id: 'er', vnetId: 'hub', type: 'ExpressRoute' }),
      ],
      bastions: [createBastion({ id: 'b', vnetId: 'hub' })],
    });
    const taken = (id: string) => computeUsage(design).subnets.get(id)?.occupantAddresses;
    expect([taken('gw'), taken('fw'), taken('bas'), taken('nva')]).toEqual([3, 1, 1, 1]);
    expect(
      computeUsage(design)
        .subnets.get('gw')
        ?.occupants.map((o) => o.name),
    ).toEqual(['vpn', 'er']);
    // An object of another VNet, or an NVA whose address is elsewhere, takes nothing here.
    const moved = { ...design, firewalls: [{ ...design.firewalls[1]!, privateIp: '10.0.2.10' }] };
    expect(computeUsage(moved).subnets.get('nva')?.occupantAddresses).toBe(0);
  });
});
