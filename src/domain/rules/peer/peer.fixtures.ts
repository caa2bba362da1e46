import { createGateway, createPeering, createPeeringLink, createVnet } from '../../model/factories';
import { type RuleFixture, variant } from '../../testing/rule-fixture';

const peered = variant((d) => {
  d.peerings.push(createPeering({ id: 'peer', vnetAId: 'vnet-e', vnetBId: 'vnet-w' }));
});

/** A hub with a VPN gateway and a spoke using it. */
const transit = (hub: { gateway?: boolean; allow?: boolean }, spoke: { gateway?: boolean } = {}) =>
  variant((d) => {
    d.vnets.push(
      createVnet({
        id: 'hub',
        name: 'vnet-hub',
        addressPrefixes: ['10.9.0.0/16'],
      }),
    );
    if (hub.gateway !== false) d.gateways.push(createGateway({ id: 'vgw-hub', vnetId: 'hub' }));
    if (spoke.gateway)
      d.gateways.push(createGateway({ id: 'vgw-spoke', vnetId: d.vnets[0]!.id, type: 'ExpressRoute' }));
    d.peerings.push(
      createPeering({
        id: 'peer-hub',
        vnetAId: 'vnet-e',
        vnetBId: 'hub',
        aToB: createPeeringLink({ useRemoteGateways: true }),
        bToA: createPeeringLink({ allowGatewayTransit: hub.allow !== false }),
      }),
    );
  });

/** A design that triggers each PEER rule, and a close one that doesn't. */
export const peerFixtures: RuleFixture[] = [
  {
    ruleId: 'PEER001',
    name: 'peered VNets with overlapping space',
    trigger: variant((d) => {
      d.vnets[1]!.addressPrefixes.push('10.1.128.0/20');
    }, peered),
    objectIds: ['peer', 'vnet-e', 'vnet-w'],
    message: /10.1.0.0\/16 and 10.1.128.0\/20/,
    near: variant((d) => {
      d.vnets[1]!.addressPrefixes.push('10.3.128.0/20');
    }, peered),
  },
  {
    ruleId: 'PEER002',
    name: 'a peering link in one direction',
    trigger: variant((d) => {
      d.peerings[0]!.bToA = null;
    }, peered),
    objectIds: ['peer', 'vnet-w', 'vnet-e'],
    message: /add the link from vnet-pp-wus to vnet-pp-eus/,
    near: peered,
  },
  {
    ruleId: 'PEER003',
    name: 'useRemoteGateways towards a hub that does not allow gateway transit',
    trigger: transit({ allow: false }),
    objectIds: ['peer-hub', 'vnet-e', 'hub'],
    message: /turn on allowGatewayTransit/,
    near: transit({}),
  },
  {
    ruleId: 'PEER003',
    name: 'useRemoteGateways towards a hub with no gateway',
    trigger: transit({ gateway: false }),
    objectIds: ['peer-hub', 'vnet-e', 'hub'],
    near: transit({}),
  },
  {
    ruleId: 'PEER003',
    name: 'useRemoteGateways on a VNet with its own gateway',
    trigger: transit({}, { gateway: true }),
    objectIds: ['peer-hub', 'vnet-e', 'hub'],
    near: transit({}),
  },
  {
    ruleId: 'PEER004',
    name: 'two peerings for one pair of VNets',
    trigger: variant((d) => {
      d.peerings.push(createPeering({ id: 'peer2', vnetAId: 'vnet-w', vnetBId: 'vnet-e' }));
    }, peered),
    objectIds: ['peer2', 'peer', 'vnet-w', 'vnet-e'],
    near: peered,
  },
  {
    ruleId: 'PEER004',
    name: 'a VNet peered with itself',
    trigger: variant((d) => {
      d.peerings.push(createPeering({ id: 'self', vnetAId: 'vnet-w', vnetBId: 'vnet-w' }));
    }, peered),
    objectIds: ['self', 'vnet-w'],
    near: peered,
  },
  {
    ruleId: 'PEER005',
    name: 'a hub peered with two spokes that overlap each other',
    trigger: variant((d) => {
      d.vnets.push(
        createVnet({ id: 'hub', name: 'vnet-hub', addressPrefixes: ['10.9.0.0/16'] }),
        createVnet({ id: 'spoke', name: 'vnet-spoke', region: 'westus', addressPrefixes: ['10.1.128.0/20'] }),
      );
      d.peerings.push(
        createPeering({ id: 'p-e', vnetAId: 'hub', vnetBId: 'vnet-e' }),
        createPeering({ id: 'p-spoke', vnetAId: 'hub', vnetBId: 'spoke' }),
      );
    }),
    objectIds: ['p-spoke', 'hub', 'vnet-e', 'spoke'],
    message:
      'VNet vnet-hub is peered with vnet-pp-eus and vnet-spoke, whose address spaces overlap (10.1.0.0/16 and 10.1.128.0/20): Azure refuses the peering with vnet-spoke (VnetAddressSpaceOverlapsWithAlreadyPeeredVnet); readdress one of them or drop that peering.',
    near: variant((d) => {
      d.vnets.push(
        createVnet({ id: 'hub', name: 'vnet-hub', addressPrefixes: ['10.9.0.0/16'] }),
        createVnet({ id: 'spoke', name: 'vnet-spoke', region: 'westus', addressPrefixes: ['10.3.0.0/20'] }),
      );
      d.peerings.push(
        createPeering({ id: 'p-e', vnetAId: 'hub', vnetBId: 'vnet-e' }),
        createPeering({ id: 'p-spoke', vnetAId: 'hub', vnetBId: 'spoke' }),
      );
    }),
  },
  {
    ruleId: 'PEER006',
    name: 'a peering between a public region and US Government',
    trigger: variant((d) => {
      d.vnets.push(
        createVnet({
          id: 'gov',
          name: 'vnet-gov',
          region: 'usgovvirginia',
          addressPrefixes: ['10.8.0.0/16'],
        }),
      );
      d.peerings.push(createPeering({ id: 'p-gov', vnetAId: 'vnet-e', vnetBId: 'gov' }));
    }),
    objectIds: ['p-gov', 'vnet-e', 'gov'],
    message:
      /between vnet-pp-eus \(East US, Azure public cloud\) and vnet-gov \(US Gov Virginia, Azure US Government\) crosses clouds/,
    near: variant((d) => {
      // Global peering across public regions is fine.
      d.vnets.push(
        createVnet({ id: 'gov', name: 'vnet-gov', region: 'westeurope', addressPrefixes: ['10.8.0.0/16'] }),
      );
      d.peerings.push(createPeering({ id: 'p-gov', vnetAId: 'vnet-e', vnetBId: 'gov' }));
    }),
  },
];
