import { createNatGateway, createNsg, createRouteTable, createSubnet } from '../../model/factories';
import type { Design, SecurityRule } from '../../model/schema';
import { type RuleFixture, variant } from '../../testing/rule-fixture';

/** NAT gateways in each delegated VNet's region, attached to both delegated subnets. */
function withNats(d: Design): void {
  d.natGateways.push(
    createNatGateway({ id: 'nat-e', name: 'nat-eus', region: 'eastus' }),
    createNatGateway({ id: 'nat-w', name: 'nat-wus', region: 'westus' }),
  );
  d.subnets[0]!.natGatewayId = 'nat-e';
  d.subnets[1]!.natGatewayId = 'nat-w';
}

const allow: SecurityRule = {
  name: 'allow-https',
  priority: 200,
  direction: 'Outbound',
  access: 'Allow',
  protocol: 'Tcp',
  sourceAddressPrefix: '*',
  sourcePortRange: '*',
  destinationAddressPrefix: 'Internet',
  destinationPortRange: '443',
};

/** A design that triggers each NAT, NSG and DNS rule, and a close one that doesn't. */
export const natFixtures: RuleFixture[] = [
  {
    ruleId: 'NAT001',
    name: 'one NAT gateway for both regions',
    trigger: variant((d) => {
      withNats(d);
      d.subnets[1]!.natGatewayId = 'nat-e';
    }),
    objectIds: ['nat-e', 'vnet-e', 'vnet-w', 'snet-e', 'snet-w'],
    near: variant(withNats),
  },
  {
    ruleId: 'NAT002',
    name: 'a NAT gateway in another region',
    trigger: variant((d) => {
      withNats(d);
      d.natGateways[1]!.region = 'eastus';
    }),
    objectIds: ['nat-w', 'snet-w', 'vnet-w'],
    near: variant(withNats),
  },
  {
    ruleId: 'NAT003',
    name: 'a NAT gateway with no public IP',
    trigger: variant((d) => {
      withNats(d);
      d.natGateways[0]!.publicIps = [];
    }),
    objectIds: ['nat-e'],
    message: /has no public IP address or prefix/,
    near: variant(withNats),
  },
  {
    ruleId: 'NAT003',
    name: 'a Basic public IP and a /27 prefix (32 addresses)',
    trigger: variant((d) => {
      withNats(d);
      d.natGateways[0]!.publicIps = [
        { name: 'pip-basic', kind: 'Address', sku: 'Basic' },
        { name: 'ippre', kind: 'Prefix', sku: 'Standard', prefixLength: 27 },
      ];
    }),
    objectIds: ['nat-e'],
    message: /has 33 public addresses, more than 16.*uses Basic public IP pip-basic/,
    near: variant((d) => {
      withNats(d);
      d.natGateways[0]!.publicIps = [
        { name: 'pip', kind: 'Address', sku: 'Standard' },
        { name: 'ippre', kind: 'Prefix', sku: 'Standard', prefixLength: 29 },
      ];
    }),
  },
  {
    ruleId: 'NAT003',
    name: 'a StandardV2 NAT gateway with Standard public IPs',
    trigger: variant((d) => {
      withNats(d);
      d.natGateways[0]!.sku = 'StandardV2';
    }),
    objectIds: ['nat-e'],
    message: /is StandardV2 but pip-nat-e is Standard/,
    near: variant((d) => {
      withNats(d);
      d.natGateways[0]!.sku = 'StandardV2';
      d.natGateways[0]!.publicIps[0]!.sku = 'StandardV2';
    }),
  },
  {
    ruleId: 'NAT004',
    name: 'a NAT gateway on the primary delegated subnet only',
    trigger: variant((d) => {
      withNats(d);
      delete d.subnets[1]!.natGatewayId;
    }),
    objectIds: ['snet-w', 'pol', 'snet-e'],
    near: variant(withNats),
  },
  {
    ruleId: 'NSG001',
    name: 'an NSG in another region',
    trigger: variant((d) => {
      d.nsgs.push(createNsg({ id: 'nsg', region: 'westus' }));
      d.subnets[0]!.nsgId = 'nsg';
    }),
    objectIds: ['nsg', 'snet-e', 'vnet-e'],
    near: variant((d) => {
      d.nsgs.push(createNsg({ id: 'nsg', region: 'eastus' }));
      d.subnets[0]!.nsgId = 'nsg';
    }),
  },
  {
    ruleId: 'NSG001',
    name: 'a route table in another region',
    trigger: variant((d) => {
      d.routeTables.push(createRouteTable({ id: 'rt', region: 'eastus' }));
      d.subnets[1]!.routeTableId = 'rt';
    }),
    objectIds: ['rt', 'snet-w', 'vnet-w'],
    near: variant((d) => {
      d.routeTables.push(createRouteTable({ id: 'rt', region: 'westus' }));
      d.subnets[1]!.routeTableId = 'rt';
    }),
  },
  {
    ruleId: 'DNS001',
    name: 'custom DNS on one delegated VNet, Azure DNS on the other',
    trigger: variant((d) => {
      d.vnets[0]!.dnsServers = ['10.1.255.4'];
    }),
    objectIds: ['vnet-w', 'pol', 'vnet-e'],
    message: /vnet-pp-wus uses Azure DNS but its twin vnet-pp-eus uses 10.1.255.4/,
    near: variant((d) => {
      d.vnets[0]!.dnsServers = ['10.9.0.4'];
      d.vnets[1]!.dnsServers = [' 10.9.0.4'];
    }),
  },
  {
    ruleId: 'NAT005',
    name: 'a NAT gateway on GatewaySubnet',
    trigger: variant((d) => {
      withNats(d);
      d.subnets.push(
        createSubnet({
          id: 'gw',
          vnetId: 'vnet-e',
          name: 'GatewaySubnet',
          prefix: '10.1.1.0/27',
          natGatewayId: 'nat-e',
        }),
      );
    }),
    objectIds: ['nat-e', 'gw'],
    message:
      "NAT gateway nat-eus is attached to GatewaySubnet in vnet-pp-eus, a gateway subnet, which NAT gateways can't serve: detach it from GatewaySubnet.",
    near: variant((d) => {
      withNats(d);
      d.subnets.push(
        createSubnet({ id: 'gw', vnetId: 'vnet-e', name: 'GatewaySubnet', prefix: '10.1.1.0/27' }),
        createSubnet({
          id: 'app',
          vnetId: 'vnet-e',
          name: 'snet-app',
          prefix: '10.1.2.0/24',
          natGatewayId: 'nat-e',
        }),
      );
    }),
  },
  {
    ruleId: 'NSG002',
    name: 'two outbound rules at one priority',
    trigger: variant((d) => {
      d.nsgs.push(
        createNsg({
          id: 'nsg',
          name: 'nsg-pp',
          rules: [allow, { ...allow, name: 'allow-sql', destinationPortRange: '1433' }],
        }),
      );
    }),
    objectIds: ['nsg'],
    message:
      'NSG nsg-pp has 2 outbound rules at priority 200 (allow-https and allow-sql): Azure refuses the NSG; give each a different priority.',
    near: variant((d) => {
      d.nsgs.push(
        createNsg({
          id: 'nsg',
          name: 'nsg-pp',
          rules: [
            allow,
            { ...allow, name: 'allow-sql', priority: 210 },
            // One priority may be used once per direction.
            { ...allow, name: 'allow-in', direction: 'Inbound' },
          ],
        }),
      );
    }),
  },
];
