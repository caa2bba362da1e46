import { createSubnet } from '../../model/factories';
import { type RuleFixture, variant } from '../../testing/rule-fixture';

const dns = (n: number) => Array.from({ length: n }, (_, i) => `10.1.255.${i + 1}`);

/** A design that triggers each NET rule, and a close one that doesn't. */
export const netFixtures: RuleFixture[] = [
  {
    ruleId: 'NET001',
    name: 'host bits set in a subnet prefix',
    trigger: variant((d) => {
      d.subnets[0]!.prefix = '10.1.0.5/24';
    }),
    objectIds: ['snet-e', 'vnet-e'],
    message:
      'Subnet snet-pp in vnet-pp-eus: 10.1.0.5/24 has host bits set: use the network address 10.1.0.0/24.',
    near: variant((d) => {
      d.subnets[0]!.prefix = ' 10.1.0.0/24 ';
    }),
  },
  {
    ruleId: 'NET001',
    name: 'an empty VNet prefix',
    trigger: variant((d) => {
      d.vnets[1]!.addressPrefixes.push('');
    }),
    objectIds: ['vnet-w'],
    message: /has an empty address prefix/,
    near: variant(() => {}),
  },
  {
    ruleId: 'NET002',
    name: 'a /30 subnet',
    trigger: variant((d) => {
      d.subnets.push(createSubnet({ id: 'tiny', vnetId: 'vnet-e', prefix: '10.1.9.0/30' }));
    }),
    objectIds: ['tiny'],
    message: /use \/29 or larger/,
    near: variant((d) => {
      d.subnets.push(createSubnet({ id: 'tiny', vnetId: 'vnet-e', prefix: '10.1.9.0/29' }));
    }),
  },
  {
    ruleId: 'NET003',
    name: 'a subnet outside its VNet',
    trigger: variant((d) => {
      d.subnets.push(createSubnet({ id: 'out', vnetId: 'vnet-e', prefix: '10.9.0.0/24' }));
    }),
    objectIds: ['out', 'vnet-e'],
    near: variant((d) => {
      d.subnets.push(createSubnet({ id: 'out', vnetId: 'vnet-e', prefix: '10.9.0.0/24' }));
      d.vnets[0]!.addressPrefixes.push('10.9.0.0/16');
    }),
  },
  {
    ruleId: 'NET004',
    name: 'a /25 inside the delegated /24',
    trigger: variant((d) => {
      d.subnets.push(createSubnet({ id: 'data', vnetId: 'vnet-e', prefix: '10.1.0.128/25' }));
    }),
    objectIds: ['data', 'snet-e', 'vnet-e'],
    near: variant((d) => {
      d.subnets.push(createSubnet({ id: 'data', vnetId: 'vnet-e', prefix: '10.1.1.0/25' }));
    }),
  },
  {
    ruleId: 'NET005',
    name: 'link-local address space',
    trigger: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('169.254.0.0/16');
    }),
    objectIds: ['vnet-e'],
    near: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('100.64.0.0/10');
    }),
  },
  {
    ruleId: 'NET006',
    name: 'public address space',
    trigger: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('20.0.0.0/16');
    }),
    objectIds: ['vnet-e'],
    near: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('172.16.0.0/12');
    }),
  },
  {
    ruleId: 'NET007',
    name: 'nested VNet address prefixes',
    trigger: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('10.1.128.0/17');
    }),
    objectIds: ['vnet-e'],
    near: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('10.3.0.0/16');
    }),
  },
  {
    ruleId: 'NET008',
    name: 'two subnets named alike (case-insensitive)',
    trigger: variant((d) => {
      d.subnets.push(createSubnet({ id: 'dup', vnetId: 'vnet-e', name: 'SNET-PP', prefix: '10.1.1.0/24' }));
    }),
    objectIds: ['dup', 'snet-e', 'vnet-e'],
    near: variant((d) => {
      d.subnets.push(createSubnet({ id: 'dup', vnetId: 'vnet-e', name: 'snet-pp-2', prefix: '10.1.1.0/24' }));
    }),
  },
  {
    ruleId: 'NET008',
    name: 'two VNets named alike in one resource group',
    trigger: variant((d) => {
      d.vnets[1]!.name = 'vnet-pp-eus';
    }),
    objectIds: ['vnet-w', 'vnet-e'],
    near: variant((d) => {
      d.vnets[1]!.name = 'vnet-pp-eus';
      d.vnets[1]!.resourceGroup = 'rg-west';
    }),
  },
  {
    ruleId: 'NET009',
    name: 'a subnet name ending with a hyphen',
    trigger: variant((d) => {
      d.subnets[0]!.name = 'snet-pp-';
    }),
    objectIds: ['snet-e'],
    message: /must end with a letter, digit or "_"/,
    near: variant((d) => {
      d.subnets[0]!.name = 'snet.pp_';
    }),
  },
  {
    ruleId: 'NET009',
    name: 'a one-character VNet name',
    trigger: variant((d) => {
      d.vnets[0]!.name = 'v';
    }),
    objectIds: ['vnet-e'],
    near: variant((d) => {
      d.vnets[0]!.name = 'v1';
    }),
  },
  {
    ruleId: 'NET010',
    name: '21 DNS servers on a VNet',
    trigger: variant((d) => {
      d.vnets[0]!.dnsServers = dns(21);
    }),
    objectIds: ['vnet-e'],
    near: variant((d) => {
      d.vnets[0]!.dnsServers = dns(20);
    }),
  },
];
