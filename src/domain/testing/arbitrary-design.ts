/**
 * fast-check arbitraries for designs that pass the schema but may make no sense: dangling and duplicate
 * ids, overlapping and malformed prefixes, unknown regions, empty names. Used to fuzz the validator, the
 * usage model and the share-link codec.
 */
import fc from 'fast-check';
import { cidrFromNumber, formatCidr } from '../ip/cidr';
import {
  bastionSkus,
  DELEGATION_ENTERPRISE_POLICIES,
  DELEGATION_VNET_ACCESS_LINKS,
  DESIGN_FORMAT,
  DESIGN_VERSION,
  type Design,
  environmentTypes,
  firewallKinds,
  firewallSkus,
  gatewayKinds,
  gatewaySkus,
  nextHopTypes,
  occupantKinds,
  type Peering,
  type PeeringLink,
  publicIpSkus,
  resourceKinds,
} from '../model/schema';

/** A small shared pool, so references hit existing objects often and dangle sometimes. */
const ID_POOL = [
  'e1',
  'e2',
  'e3',
  'p1',
  'p2',
  'v1',
  'v2',
  'v3',
  'v4',
  's1',
  's2',
  's3',
  's4',
  's5',
  'n1',
  'g1',
  'r1',
  'x1',
  'z1',
];
const idArb = fc.constantFrom(...ID_POOL);
const idsArb = fc.array(idArb, { maxLength: 4 });

const nameArb = fc.oneof(
  fc.constantFrom('snet-pp', 'SNET-PP', 'vnet-a', 'vnet-b', '', 'a', 'bad name-', '_x', 'x'.repeat(90)),
  fc.string({ maxLength: 12 }),
);

/** Valid CIDRs, biased towards 10.0.0.0/8 so that overlaps and containment happen. */
const validCidrArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 8, max: 32 }))
    .map(([n, p]) => formatCidr(cidrFromNumber(0x0a000000 + n * 256, p))),
  fc
    .tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }))
    .map(([n, p]) => formatCidr(cidrFromNumber(n, p))),
);
const prefixArb = fc.oneof(
  { weight: 6, arbitrary: validCidrArb },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '10.0.0.5/24',
      'garbage',
      '::1/64',
      '10.0.0.0/33',
      '10.0.0.0',
      '0.0.0.0/0',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const regionArb = fc.constantFrom(
  'eastus',
  'westus',
  'centralus',
  'eastus2',
  'brazilsouth',
  'uksouth',
  'ukwest',
  'southcentralus',
  '',
  'mars',
);
const locationArb = fc.constantFrom(
  'unitedstates',
  'uk',
  'unitedkingdom',
  'brazil',
  'china',
  '',
  'europe',
  'unitedstateseuap',
  'singapore',
  'asia',
);
const ipArb = fc.oneof(
  fc
    .integer({ min: 0x0a000000, max: 0x0a00ffff })
    .map((n) => formatCidr(cidrFromNumber(n, 32)).replace('/32', '')),
  fc.constantFrom('168.63.129.16', '8.8.8.8', '', 'nonsense', '192.168.1.1'),
);
const portArb = fc.constantFrom('53', '50-60', '*', '22,53', '80', 'x', '1-65535', '');
const addressPrefixTextArb = fc.oneof(
  prefixArb,
  fc.constantFrom('*', 'VirtualNetwork', 'Internet', 'AzurePlatformDNS'),
  ipArb,
);

const linkArb: fc.Arbitrary<PeeringLink> = fc.record({
  allowVirtualNetworkAccess: fc.boolean(),
  allowForwardedTraffic: fc.boolean(),
  allowGatewayTransit: fc.boolean(),
  useRemoteGateways: fc.boolean(),
});

const peeringArb: fc.Arbitrary<Peering> = fc
  .record({
    id: idArb,
    vnetAId: idArb,
    vnetBId: idArb,
    aToB: fc.option(linkArb, { nil: null }),
    bToA: fc.option(linkArb, { nil: null }),
  })
  .map((p) => (p.aToB === null && p.bToA === null ? { ...p, aToB: p.bToA ?? { ...defaultLink } } : p));
const defaultLink: PeeringLink = {
  allowVirtualNetworkAccess: true,
  allowForwardedTraffic: false,
  allowGatewayTransit: false,
  useRemoteGateways: false,
};

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops keys whose value is undefined (strict schemas allow absent optionals only). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export interface DesignArbitraryOptions {
  /** Upper bound on each entity collection's length (default 6). */
  maxEach?: number;
}

/** Schema-valid designs, sensible or not. */
export function designArbitrary(options: DesignArbitraryOptions = {}): fc.Arbitrary<Design> {
  const maxLength = options.maxEach ?? 6;
  const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength });
  return fc
    .record({
      environments: list(
        fc.record({
          id: idArb,
          name: nameArb,
          type: fc.constantFrom(...environmentTypes),
          geography: locationArb,
          azureRegion: opt(regionArb),
          managed: fc.boolean(),
          earlyRelease: fc.boolean(),
          callsInternet: fc.boolean(),
          resourceIds: idsArb,
          policyIds: idsArb,
        }),
      ),
      policies: list(
        fc.record({
          id: idArb,
          name: nameArb,
          location: locationArb,
          subscriptionId: fc.constant('sub'),
          resourceGroup: fc.constantFrom('rg', 'rg2'),
          subnetIds: idsArb,
        }),
      ),
      vnets: list(
        fc.record({
          id: idArb,
          name: nameArb,
          region: regionArb,
          subscriptionId: fc.constant('sub'),
          resourceGroup: fc.constantFrom('rg', 'rg2'),
          addressPrefixes: fc.array(prefixArb, { maxLength: 3 }),
          dnsServers: fc.array(ipArb, { maxLength: 2 }),
        }),
      ),
      subnets: fc.array(
        fc.record({
          id: idArb,
          vnetId: idArb,
          name: nameArb,
          prefix: prefixArb,
          delegations: fc.array(
            fc.constantFrom(
              DELEGATION_ENTERPRISE_POLICIES,
              DELEGATION_VNET_ACCESS_LINKS,
              'Microsoft.Web/serverFarms',
            ),
            { maxLength: 2 },
          ),
          natGatewayId: opt(idArb),
          nsgId: opt(idArb),
          routeTableId: opt(idArb),
          occupants: fc.array(
            fc.record({
              kind: fc.constantFrom(...occupantKinds),
              name: nameArb,
              count: fc.integer({ min: 0, max: 300 }),
            }),
            { maxLength: 2 },
          ),
        }),
        { maxLength: maxLength * 2 },
      ),
      peerings: list(peeringArb),
      natGateways: list(
        fc.record({
          id: idArb,
          name: nameArb,
          region: regionArb,
          sku: fc.constantFrom('Standard' as const, 'StandardV2' as const),
          publicIps: fc.array(
            fc.record({
              name: nameArb,
              kind: fc.constantFrom('Address' as const, 'Prefix' as const),
              sku: fc.constantFrom(...publicIpSkus),
              prefixLength: opt(fc.integer({ min: 0, max: 32 })),
            }),
            { maxLength: 3 },
          ),
        }),
      ),
      nsgs: list(
        fc.record({
          id: idArb,
          name: nameArb,
          region: regionArb,
          rules: fc.array(
            fc.record({
              name: nameArb,
              priority: fc.integer({ min: 100, max: 4096 }),
              direction: fc.constantFrom('Inbound' as const, 'Outbound' as const),
              access: fc.constantFrom('Allow' as const, 'Deny' as const),
              protocol: fc.constantFrom('Tcp' as const, 'Udp' as const, 'Icmp' as const, '*' as const),
              sourceAddressPrefix: addressPrefixTextArb,
              sourcePortRange: portArb,
              destinationAddressPrefix: addressPrefixTextArb,
              destinationPortRange: portArb,
            }),
            { maxLength: 3 },
          ),
        }),
      ),
      routeTables: list(
        fc.record({
          id: idArb,
          name: nameArb,
          region: regionArb,
          disableBgpRoutePropagation: fc.boolean(),
          routes: fc.array(
            fc.record({
              name: nameArb,
              addressPrefix: prefixArb,
              nextHopType: fc.constantFrom(...nextHopTypes),
              nextHopIpAddress: opt(ipArb),
            }),
            { maxLength: 3 },
          ),
        }),
      ),
      resources: list(
        fc.record({
          id: idArb,
          name: nameArb,
          kind: fc.constantFrom(...resourceKinds),
          placement: fc.oneof(
            fc.record({
              type: fc.constant('subnet' as const),
              subnetId: idArb,
              privateEndpoint: fc.boolean(),
            }),
            fc.record({
              type: fc.constant('onPremises' as const),
              gatewayVnetId: idArb,
              addressPrefixes: fc.array(prefixArb, { maxLength: 2 }),
            }),
          ),
          privateDnsZoneId: opt(idArb),
        }),
      ),
      privateDnsZones: list(fc.record({ id: idArb, name: nameArb, vnetIds: idsArb })),
      firewalls: list(
        fc.record({
          id: idArb,
          name: nameArb,
          vnetId: idArb,
          kind: fc.constantFrom(...firewallKinds),
          sku: fc.constantFrom(...firewallSkus),
          privateIp: ipArb,
        }),
      ),
      gateways: list(
        fc.record({
          id: idArb,
          name: nameArb,
          vnetId: idArb,
          type: fc.constantFrom(...gatewayKinds),
          sku: fc.constantFrom(...gatewaySkus),
          activeActive: fc.boolean(),
        }),
      ),
      bastions: list(
        fc.record({ id: idArb, name: nameArb, vnetId: idArb, sku: fc.constantFrom(...bastionSkus) }),
      ),
    })
    .map((parts) => ({
      format: DESIGN_FORMAT,
      version: DESIGN_VERSION,
      id: 'fuzz',
      name: 'Fuzzed design',
      environments: parts.environments.map(compact),
      policies: parts.policies,
      vnets: parts.vnets.map(compact),
      subnets: parts.subnets.map(compact),
      peerings: parts.peerings,
      natGateways: parts.natGateways.map((n) => ({ ...n, publicIps: n.publicIps.map(compact) })),
      nsgs: parts.nsgs,
      routeTables: parts.routeTables.map((t) => ({ ...t, routes: t.routes.map(compact) })),
      resources: parts.resources.map(compact),
      privateDnsZones: parts.privateDnsZones,
      firewalls: parts.firewalls,
      gateways: parts.gateways,
      bastions: parts.bastions,
      layout: {},
    }));
}
