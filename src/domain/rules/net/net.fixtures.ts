import { createNsg, createRouteTable, createSubnet } from '../../model/factories';
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
  {
    ruleId: 'NET001',
    name: 'a dual-stack VNet and subnet are valid; an IPv6 prefix with host bits is not',
    trigger: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('fd00:db8:1::/48');
      d.subnets[0]!.ipv6Prefix = 'fd00:db8:1::1/64';
    }),
    objectIds: ['snet-e', 'vnet-e'],
    message:
      'Subnet snet-pp in vnet-pp-eus: IPv6 prefix fd00:db8:1::1/64 has host bits set: use the network address fd00:db8:1::/64.',
    near: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('fd00:db8:1::/48');
      d.subnets[0]!.ipv6Prefix = 'fd00:db8:1::/64';
    }),
  },
  {
    ruleId: 'NET001',
    name: 'an IPv6 prefix typed as a subnet IPv4 prefix',
    trigger: variant((d) => {
      d.subnets[0]!.prefix = 'fd00:db8:1::/64';
    }),
    objectIds: ['snet-e', 'vnet-e'],
    message:
      /is IPv6 but a subnet's prefix is its IPv4 prefix: enter an IPv4 prefix and put fd00:db8:1::\/64 in its IPv6 prefix/,
    near: variant((d) => {
      d.subnets[0]!.ipv6Prefix = 'fd00:db8:1::/64';
      d.vnets[0]!.addressPrefixes.push('fd00:db8:1::/48');
    }),
  },
  {
    ruleId: 'NET011',
    name: 'an IPv6 subnet prefix that is not /64',
    trigger: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('fd00:db8:1::/48');
      d.subnets[0]!.ipv6Prefix = 'fd00:db8:1::/56';
    }),
    objectIds: ['snet-e', 'vnet-e'],
    message: /IPv6 prefix fd00:db8:1::\/56 \(\/56\): Azure's IPv6 subnets are exactly \/64/,
    near: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('fd00:db8:1::/48');
      d.subnets[0]!.ipv6Prefix = 'fd00:db8:1:5::/64';
    }),
  },
  {
    ruleId: 'NET011',
    name: 'a VNet with IPv6 prefixes only',
    trigger: variant((d) => {
      d.vnets.push({ ...d.vnets[0]!, id: 'vnet-v6', name: 'vnet-v6', addressPrefixes: ['fd00:db8:2::/48'] });
    }),
    objectIds: ['vnet-v6'],
    message:
      'VNet vnet-v6 has only IPv6 address prefixes (fd00:db8:2::/48): Azure needs an IPv4 prefix too; add one such as 10.0.0.0/16.',
    near: variant((d) => {
      d.vnets.push({
        ...d.vnets[0]!,
        id: 'vnet-v6',
        name: 'vnet-v6',
        addressPrefixes: ['fd00:db8:2::/48', '10.7.0.0/16'],
      });
    }),
  },
  {
    ruleId: 'NET012',
    name: 'an NSG in another subscription',
    trigger: variant((d) => {
      d.nsgs.push(createNsg({ id: 'nsg', subscriptionId: '11111111-1111-1111-1111-111111111111' }));
      d.subnets[0]!.nsgId = 'nsg';
    }),
    objectIds: ['nsg', 'snet-e', 'vnet-e'],
    message:
      /NSG nsg is in subscription 11111111-1111-1111-1111-111111111111 but subnet snet-pp in vnet-pp-eus is in /,
    near: variant((d) => {
      d.nsgs.push(createNsg({ id: 'nsg', subscriptionId: d.vnets[0]!.subscriptionId }));
      d.subnets[0]!.nsgId = 'nsg';
    }),
  },
  {
    ruleId: 'NET012',
    name: 'a route table in another subscription',
    trigger: variant((d) => {
      d.routeTables.push(
        createRouteTable({
          id: 'rt',
          region: 'westus',
          subscriptionId: '22222222-2222-2222-2222-222222222222',
        }),
      );
      d.subnets[1]!.routeTableId = 'rt';
    }),
    objectIds: ['rt', 'snet-w', 'vnet-w'],
    near: variant((d) => {
      d.routeTables.push(createRouteTable({ id: 'rt', region: 'westus' }));
      d.subnets[1]!.routeTableId = 'rt';
    }),
  },
  {
    ruleId: 'NET013',
    name: 'an AzureFirewallSubnet smaller than /26',
    trigger: variant((d) => {
      d.subnets.push(
        createSubnet({ id: 'fw', vnetId: 'vnet-e', name: 'AzureFirewallSubnet', prefix: '10.1.1.0/27' }),
      );
    }),
    objectIds: ['fw', 'vnet-e'],
    message:
      'Subnet AzureFirewallSubnet in vnet-pp-eus is /27 but Azure Firewall needs /26 or larger: make it /26 or larger.',
    near: variant((d) => {
      d.subnets.push(
        createSubnet({ id: 'fw', vnetId: 'vnet-e', name: 'AzureFirewallSubnet', prefix: '10.1.1.0/26' }),
      );
    }),
  },
  {
    ruleId: 'NET013',
    name: 'an NSG on GatewaySubnet',
    trigger: variant((d) => {
      d.nsgs.push(createNsg({ id: 'nsg' }));
      d.subnets.push(
        createSubnet({
          id: 'gw',
          vnetId: 'vnet-e',
          name: 'GatewaySubnet',
          prefix: '10.1.1.0/27',
          nsgId: 'nsg',
        }),
      );
    }),
    objectIds: ['gw', 'vnet-e', 'nsg'],
    message: /has NSG nsg, which gateways do not support: detach the NSG/,
    near: variant((d) => {
      d.nsgs.push(createNsg({ id: 'nsg' }));
      d.subnets.push(
        createSubnet({ id: 'gw', vnetId: 'vnet-e', name: 'GatewaySubnet', prefix: '10.1.1.0/27' }),
      );
    }),
  },
  {
    ruleId: 'NET013',
    name: 'a delegated RouteServerSubnet smaller than /27',
    trigger: variant((d) => {
      d.subnets.push(
        createSubnet({
          id: 'rs',
          vnetId: 'vnet-e',
          name: 'RouteServerSubnet',
          prefix: '10.1.1.0/28',
          delegations: ['Microsoft.Web/serverFarms'],
        }),
      );
    }),
    objectIds: ['rs', 'vnet-e'],
    message:
      'Subnet RouteServerSubnet in vnet-pp-eus is /28 but Azure Route Server needs /27 or larger and is delegated to Microsoft.Web/serverFarms, which Azure Route Server does not allow: make it /27 or larger, remove the delegation.',
    near: variant((d) => {
      // The names are exact: a look-alike name is an ordinary subnet.
      d.subnets.push(
        createSubnet({
          id: 'rs',
          vnetId: 'vnet-e',
          name: 'RouteServerSubnet-app',
          prefix: '10.1.1.0/28',
          delegations: ['Microsoft.Web/serverFarms'],
        }),
      );
    }),
  },
  {
    ruleId: 'NET003',
    name: 'an IPv6 subnet prefix outside the VNet IPv6 space',
    trigger: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('fd00:db8:1::/48');
      d.subnets[0]!.ipv6Prefix = 'fd00:db8:2::/64';
    }),
    objectIds: ['snet-e', 'vnet-e'],
    message: /\(IPv6 fd00:db8:2::\/64\) lies outside vnet-pp-eus's IPv6 address space \(fd00:db8:1::\/48\)/,
    near: variant((d) => {
      d.vnets[0]!.addressPrefixes.push('fd00:db8:1::/48');
      d.subnets[0]!.ipv6Prefix = 'fd00:db8:1:ff::/64';
    }),
  },
];
