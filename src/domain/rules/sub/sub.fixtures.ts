import {
  createEnvironment,
  createNatGateway,
  createNsg,
  createResource,
  createRouteTable,
  createSubnet,
} from '../../model/factories';
import type { Design, SecurityRule } from '../../model/schema';
import { type RuleFixture, variant } from '../../testing/rule-fixture';

function productionEnvs(d: Design, n: number): void {
  d.environments = Array.from({ length: n }, (_, i) =>
    createEnvironment({ id: `env-${i}`, name: `env-prod-${i}`, policyIds: ['pol'] }),
  );
}

const deny53: SecurityRule = {
  name: 'deny-dns',
  priority: 200,
  direction: 'Outbound',
  access: 'Deny',
  protocol: '*',
  sourceAddressPrefix: '*',
  sourcePortRange: '*',
  destinationAddressPrefix: '*',
  destinationPortRange: '50-60',
};

const denyInternet: SecurityRule = {
  ...deny53,
  name: 'deny-internet',
  priority: 4000,
  destinationAddressPrefix: 'Internet',
  destinationPortRange: '*',
};

function withNsg(d: Design, rules: SecurityRule[]): void {
  d.nsgs.push(createNsg({ id: 'nsg', name: 'nsg-pp', region: 'eastus', rules }));
  d.subnets[0]!.nsgId = 'nsg';
}

/** A design that triggers each SUB rule, and a close one that doesn't. */
export const subFixtures: RuleFixture[] = [
  {
    ruleId: 'SUB001',
    name: 'a private endpoint in the delegated subnet',
    trigger: variant((d) => {
      d.subnets[0]!.occupants.push({ kind: 'PrivateEndpoint', name: 'pe-sql', count: 1 });
      d.resources.push(
        createResource({
          id: 'sql',
          placement: { type: 'subnet', subnetId: 'snet-e', privateEndpoint: true },
        }),
      );
    }),
    objectIds: ['snet-e', 'sql'],
    message: /holds private endpoint pe-sql and resource sql/,
    near: variant((d) => {
      d.subnets.push(
        createSubnet({
          id: 'snet-data',
          vnetId: 'vnet-e',
          prefix: '10.1.1.0/24',
          occupants: [{ kind: 'PrivateEndpoint', name: 'pe-sql', count: 1 }],
        }),
      );
    }),
  },
  {
    ruleId: 'SUB001',
    name: 'a second delegation',
    trigger: variant((d) => {
      d.subnets[1]!.delegations.push('Microsoft.Web/serverFarms');
    }),
    objectIds: ['snet-w'],
    near: variant(() => {}),
  },
  {
    ruleId: 'SUB002',
    name: '9 production environments in a /24 (275 addresses) on both subnets of the pair',
    trigger: variant((d) => productionEnvs(d, 9)),
    count: 2,
    objectIds: ['snet-e', 'pol', ...Array.from({ length: 9 }, (_, i) => `env-${i}`)],
    message: /is \/24 \(256 addresses\) but 9 production environments need about 275: make it at least \/23/,
    near: variant((d) => productionEnvs(d, 8)),
  },
  {
    ruleId: 'SUB003',
    name: "Microsoft's example: 4 production environments in a /25 (125 of 128)",
    trigger: variant((d) => {
      productionEnvs(d, 4);
      d.subnets[0]!.prefix = '10.1.0.0/25';
      d.subnets[1]!.prefix = '10.2.0.0/25';
    }),
    count: 2,
    objectIds: ['snet-e', 'pol', 'env-0', 'env-1', 'env-2', 'env-3'],
    message: /need about 125 \(97.7 %; \/25 is the smallest that fits\): use \/24/,
    near: variant((d) => productionEnvs(d, 4)),
  },
  {
    ruleId: 'SUB004',
    name: 'an environment calling the internet with no NAT gateway',
    trigger: variant((d) => {
      d.environments[0]!.callsInternet = true;
    }),
    count: 2,
    objectIds: ['snet-e', 'env'],
    near: variant((d) => {
      d.environments[0]!.callsInternet = true;
      d.natGateways.push(createNatGateway({ id: 'nat-e', region: 'eastus' }));
      d.subnets[0]!.natGatewayId = 'nat-e';
      d.routeTables.push(
        createRouteTable({
          id: 'rt-w',
          region: 'westus',
          routes: [
            {
              name: 'default',
              addressPrefix: '0.0.0.0/0',
              nextHopType: 'VirtualAppliance',
              nextHopIpAddress: '10.9.0.4',
            },
          ],
        }),
      );
      d.subnets[1]!.routeTableId = 'rt-w';
    }),
  },
  {
    ruleId: 'SUB005',
    name: 'a Deny naming AzurePlatformDNS blocks Azure DNS; a Deny on * does not reach it',
    trigger: variant((d) => withNsg(d, [{ ...deny53, destinationAddressPrefix: 'AzurePlatformDNS' }])),
    objectIds: ['nsg', 'snet-e'],
    message: /blocks outbound TCP 53 to Azure DNS \(168.63.129.16\) with rule deny-dns \(priority 200\)/,
    near: variant((d) =>
      withNsg(d, [
        deny53,
        { ...deny53, name: 'deny-dns-ip', priority: 210, destinationAddressPrefix: '168.63.129.16' },
      ]),
    ),
  },
  {
    ruleId: 'SUB005',
    name: 'a Deny on ports 50-60 blocks TCP 53 to a custom DNS server; an earlier Allow wins',
    trigger: variant((d) => {
      d.vnets[0]!.dnsServers = ['10.1.255.4'];
      d.vnets[1]!.dnsServers = ['10.1.255.4'];
      withNsg(d, [deny53]);
    }),
    objectIds: ['nsg', 'snet-e'],
    message: /blocks outbound TCP 53 to DNS server 10.1.255.4 with rule deny-dns \(priority 200\)/,
    near: variant((d) => {
      d.vnets[0]!.dnsServers = ['10.1.255.4'];
      d.vnets[1]!.dnsServers = ['10.1.255.4'];
      withNsg(d, [
        deny53,
        {
          ...deny53,
          name: 'allow-dns',
          priority: 150,
          access: 'Allow',
          protocol: 'Tcp',
          destinationAddressPrefix: '10.1.255.4',
          destinationPortRange: '53',
        },
      ]);
    }),
  },
  {
    ruleId: 'SUB006',
    name: 'a delegated subnet no policy uses',
    trigger: variant((d) => {
      d.subnets.push(
        createSubnet({
          id: 'spare',
          vnetId: 'vnet-e',
          prefix: '10.1.1.0/24',
          delegations: ['Microsoft.PowerPlatform/enterprisePolicies'],
        }),
      );
    }),
    objectIds: ['spare'],
    near: variant((d) => {
      d.subnets.push(createSubnet({ id: 'spare', vnetId: 'vnet-e', prefix: '10.1.1.0/24' }));
    }),
  },
  {
    ruleId: 'SUB007',
    name: 'a policy referencing a VNet data gateway subnet',
    trigger: variant((d) => {
      d.subnets[1]!.delegations = ['Microsoft.PowerPlatform/vnetaccesslinks'];
    }),
    objectIds: ['snet-w', 'pol'],
    near: variant((d) => {
      d.subnets.push(
        createSubnet({
          id: 'gw',
          vnetId: 'vnet-w',
          prefix: '10.2.1.0/24',
          delegations: ['Microsoft.PowerPlatform/vnetaccesslinks'],
        }),
      );
    }),
  },
  {
    ruleId: 'SUB008',
    name: 'an internet-calling environment behind an NSG that denies outbound to Internet',
    trigger: variant((d) => {
      d.environments[0]!.callsInternet = true;
      d.natGateways.push(
        createNatGateway({ id: 'nat-e' }),
        createNatGateway({ id: 'nat-w', region: 'westus' }),
      );
      d.subnets[0]!.natGatewayId = 'nat-e';
      d.subnets[1]!.natGatewayId = 'nat-w';
      withNsg(d, [denyInternet]);
    }),
    objectIds: ['nsg', 'snet-e', 'env'],
    message:
      'env-prod calls internet endpoints but NSG nsg-pp on subnet snet-pp in vnet-pp-eus denies outbound HTTPS to the internet with rule deny-internet (priority 4000): add an Allow rule for TCP 443 to Internet with a lower priority number.',
    near: variant((d) => {
      d.environments[0]!.callsInternet = true;
      d.natGateways.push(
        createNatGateway({ id: 'nat-e' }),
        createNatGateway({ id: 'nat-w', region: 'westus' }),
      );
      d.subnets[0]!.natGatewayId = 'nat-e';
      d.subnets[1]!.natGatewayId = 'nat-w';
      withNsg(d, [
        denyInternet,
        // A Deny for one public range does not speak for the whole internet.
        { ...denyInternet, name: 'deny-range', priority: 300, destinationAddressPrefix: '20.0.0.0/8' },
        {
          ...denyInternet,
          name: 'allow-https',
          priority: 200,
          access: 'Allow',
          protocol: 'Tcp',
          destinationPortRange: '443',
        },
      ]);
    }),
  },
];
