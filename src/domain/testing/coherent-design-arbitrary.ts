/**
 * fast-check arbitrary for designs whose references all resolve (environments → policies → subnets →
 * VNets, resources in real subnets or behind real gateway VNets, peerings between real VNets) while
 * flags, regions and prefixes vary. It reaches the deeper rules (reachability, capacity, NSG
 * evaluation) far more often than `designArbitrary`, whose references mostly dangle.
 */
import fc from 'fast-check';
import { cidrFromNumber, formatCidr } from '../ip/cidr';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createFirewall,
  createGateway,
  createNatGateway,
  createNsg,
  createPeering,
  createPeeringLink,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createRouteTable,
  createVnet,
} from '../model/factories';
import { type Design, environmentTypes, type PeeringLink } from '../model/schema';

const regionArb = fc.constantFrom('eastus', 'westus', 'centralus', 'eastus2', 'uksouth', 'ukwest');
const pick = (n: number) => fc.nat({ max: Math.max(0, n - 1) });
const linkArb: fc.Arbitrary<PeeringLink> = fc
  .record({ access: fc.boolean(), forwarded: fc.boolean(), transit: fc.boolean(), remote: fc.boolean() })
  .map((f) =>
    createPeeringLink({
      allowVirtualNetworkAccess: f.access,
      allowForwardedTraffic: f.forwarded,
      allowGatewayTransit: f.transit,
      useRemoteGateways: f.remote,
    }),
  );

/** Schema-valid designs with resolvable references and varied settings. */
export function coherentDesignArbitrary(): fc.Arbitrary<Design> {
  return fc.integer({ min: 1, max: 5 }).chain((vnetCount) =>
    fc
      .record({
        vnets: fc.array(
          fc.record({
            region: regionArb,
            block: fc.nat({ max: 7 }),
            dns: fc.constantFrom([], ['10.0.0.4'], ['10.3.0.4', '192.168.1.1']),
            gateway: fc.boolean(),
            firewall: fc.boolean(),
          }),
          { minLength: vnetCount, maxLength: vnetCount },
        ),
        subnets: fc.array(
          fc.record({
            vnet: pick(vnetCount),
            offset: fc.nat({ max: 15 }),
            length: fc.integer({ min: 22, max: 30 }),
            delegated: fc.boolean(),
            nat: fc.boolean(),
            nsg: fc.boolean(),
            routes: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        policies: fc.array(
          fc.record({
            location: fc.constantFrom('unitedstates', 'uk', 'brazil'),
            a: fc.nat(7),
            b: fc.nat(7),
            two: fc.boolean(),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        environments: fc.array(
          fc.record({
            type: fc.constantFrom(...environmentTypes),
            policy: fc.nat(2),
            resource: fc.nat(3),
            managed: fc.boolean(),
            internet: fc.boolean(),
            early: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        resources: fc.array(
          fc.record({
            subnet: fc.nat(7),
            onPremises: fc.boolean(),
            vnet: pick(vnetCount),
            pe: fc.boolean(),
            zone: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        peerings: fc.array(
          fc.record({
            a: pick(vnetCount),
            b: pick(vnetCount),
            aToB: linkArb,
            bToA: fc.option(linkArb, { nil: null }),
          }),
          {
            maxLength: 6,
          },
        ),
        denyDns: fc.boolean(),
        zoneVnets: fc.array(pick(vnetCount), { maxLength: 3 }),
      })
      .map((r) => {
        const vnets = r.vnets.map((v, i) =>
          createVnet({
            id: `v${i}`,
            region: v.region,
            addressPrefixes: [`10.${v.block}.0.0/16`],
            dnsServers: [...v.dns],
          }),
        );
        const subnets = r.subnets.map((s, i) => {
          const vnet = r.vnets[s.vnet] as (typeof r.vnets)[number];
          const start = (10 * 256 + vnet.block) * 65536 + s.offset * 1024;
          return createDelegatedSubnet({
            id: `s${i}`,
            vnetId: `v${s.vnet}`,
            name: `snet-${i}`,
            prefix: formatCidr(cidrFromNumber(start, s.length)),
            delegations: s.delegated ? ['Microsoft.PowerPlatform/enterprisePolicies'] : [],
            ...(s.nat ? { natGatewayId: `nat${s.vnet}` } : {}),
            ...(s.nsg ? { nsgId: 'nsg' } : {}),
            ...(s.routes ? { routeTableId: 'rt' } : {}),
          });
        });
        const subnetId = (n: number) => `s${n % subnets.length}`;
        const design = createDesign({
          vnets,
          gateways: r.vnets.flatMap((v, i) =>
            v.gateway ? [createGateway({ id: `vgw${i}`, vnetId: `v${i}` })] : [],
          ),
          firewalls: r.vnets.flatMap((v, i) =>
            v.firewall
              ? [createFirewall({ id: `afw${i}`, vnetId: `v${i}`, privateIp: `10.${v.block}.255.4` })]
              : [],
          ),
          subnets,
          policies: r.policies.map((p, i) =>
            createPolicy({
              id: `p${i}`,
              location: p.location,
              subnetIds: p.two ? [subnetId(p.a), subnetId(p.b)] : [subnetId(p.a)],
            }),
          ),
          resources: r.resources.map((x, i) =>
            createResource({
              id: `r${i}`,
              placement: x.onPremises
                ? { type: 'onPremises', gatewayVnetId: `v${x.vnet}`, addressPrefixes: ['192.168.0.0/16'] }
                : { type: 'subnet', subnetId: subnetId(x.subnet), privateEndpoint: x.pe },
              ...(x.zone ? { privateDnsZoneId: 'zone' } : {}),
            }),
          ),
          peerings: r.peerings.map((p, i) =>
            createPeering({
              id: `pe${i}`,
              vnetAId: `v${p.a}`,
              vnetBId: `v${p.b}`,
              aToB: p.aToB,
              bToA: p.bToA,
            }),
          ),
          natGateways: r.vnets.map((v, i) => createNatGateway({ id: `nat${i}`, region: v.region })),
          nsgs: [
            createNsg({
              id: 'nsg',
              rules: r.denyDns
                ? [
                    {
                      name: 'deny',
                      priority: 200,
                      direction: 'Outbound',
                      access: 'Deny',
                      protocol: '*',
                      sourceAddressPrefix: '*',
                      sourcePortRange: '*',
                      destinationAddressPrefix: '*',
                      destinationPortRange: '53',
                    },
                  ]
                : [],
            }),
          ],
          routeTables: [
            createRouteTable({
              id: 'rt',
              routes: [
                {
                  name: 'all',
                  addressPrefix: '10.0.0.0/8',
                  nextHopType: 'VirtualAppliance',
                  nextHopIpAddress: '10.0.255.4',
                },
              ],
            }),
          ],
          privateDnsZones: [
            createPrivateDnsZone({ id: 'zone', vnetIds: [...new Set(r.zoneVnets.map((v) => `v${v}`))] }),
          ],
        });
        const policyCount = design.policies.length;
        const resourceCount = design.resources.length;
        design.environments = r.environments.map((e, i) =>
          createEnvironment({
            id: `e${i}`,
            type: e.type,
            geography:
              design.policies[e.policy % policyCount]?.location === 'uk' ? 'unitedkingdom' : 'unitedstates',
            managed: e.managed,
            callsInternet: e.internet,
            earlyRelease: e.early,
            policyIds: [`p${e.policy % policyCount}`],
            resourceIds: resourceCount ? [`r${e.resource % resourceCount}`] : [],
          }),
        );
        return design;
      }),
  );
}
