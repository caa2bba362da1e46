import {
  createFirewall,
  createGateway,
  createPeering,
  createPeeringLink,
  createPrivateDnsZone,
  createResource,
  createRouteTable,
  createSubnet,
  createVnet,
} from '../../model/factories';
import type { Design } from '../../model/schema';
import { createBaseDesign } from '../../testing/base-design';
import { type RuleFixture, variant } from '../../testing/rule-fixture';

/** The base design plus a data VNet in Central US holding a SQL private endpoint the environment needs. */
export function withData(): Design {
  return variant((d) => {
    d.vnets.push(
      createVnet({ id: 'vnet-d', name: 'vnet-data', region: 'centralus', addressPrefixes: ['10.5.0.0/16'] }),
    );
    d.subnets.push(
      createSubnet({ id: 'snet-d', vnetId: 'vnet-d', name: 'snet-data', prefix: '10.5.1.0/24' }),
    );
    d.resources.push(
      createResource({
        id: 'sql',
        name: 'sql-orders',
        placement: { type: 'subnet', subnetId: 'snet-d', privateEndpoint: true },
        privateDnsZoneId: 'zone',
      }),
    );
    d.privateDnsZones.push(createPrivateDnsZone({ id: 'zone', vnetIds: ['vnet-e', 'vnet-w', 'vnet-d'] }));
    d.environments[0]!.resourceIds = ['sql'];
  }, createBaseDesign());
}

const peer = (d: Design, a: string, b: string) =>
  d.peerings.push(createPeering({ id: `p-${a}-${b}`, vnetAId: a, vnetBId: b }));

/** Both delegated VNets peered with the data VNet directly. */
export const directlyPeered = variant((d) => {
  peer(d, 'vnet-e', 'vnet-d');
  peer(d, 'vnet-w', 'vnet-d');
}, withData());

/** A hub peered with both delegated VNets and the data VNet; `forward` adds the firewall, routes and flags. */
export function hub(forward: { firewall?: boolean; routes?: boolean; forwarded?: boolean }): Design {
  return variant((d) => {
    d.vnets.push(
      createVnet({
        id: 'vnet-h',
        name: 'vnet-hub',
        region: 'centralus',
        addressPrefixes: ['10.9.0.0/16'],
      }),
    );
    if (forward.firewall)
      d.firewalls.push(createFirewall({ id: 'afw-h', vnetId: 'vnet-h', privateIp: '10.9.0.4' }));
    for (const spoke of ['vnet-e', 'vnet-w', 'vnet-d']) {
      d.peerings.push(
        createPeering({
          id: `p-${spoke}-hub`,
          vnetAId: spoke,
          vnetBId: 'vnet-h',
          aToB: createPeeringLink({ allowForwardedTraffic: forward.forwarded === true }),
          bToA: createPeeringLink({ allowForwardedTraffic: true }),
        }),
      );
    }
    if (forward.routes) {
      for (const [i, region] of [
        [0, 'eastus'],
        [1, 'westus'],
      ] as const) {
        d.routeTables.push(
          createRouteTable({
            id: `rt-${region}`,
            region,
            routes: [
              {
                name: 'to-data',
                addressPrefix: '10.5.0.0/16',
                nextHopType: 'VirtualAppliance',
                nextHopIpAddress: '10.9.0.4',
              },
            ],
          }),
        );
        d.subnets[i]!.routeTableId = `rt-${region}`;
      }
    }
  }, withData());
}

/** A hub whose only forwarder is its VPN gateway; `use` sets the routes and the gateway peering flags. */
export function gatewayHub(use: { routes: boolean; remoteGateways: boolean }): Design {
  return variant((d) => {
    d.gateways.push(createGateway({ id: 'vgw-h', vnetId: 'vnet-h' }));
    for (const p of d.peerings) {
      p.aToB!.useRemoteGateways = use.remoteGateways;
      p.bToA!.allowGatewayTransit = true;
    }
    for (const [i, region] of [
      [0, 'eastus'],
      [1, 'westus'],
    ] as const) {
      d.routeTables.push(
        createRouteTable({
          id: `rt-${region}`,
          region,
          routes: use.routes
            ? [{ name: 'to-data', addressPrefix: '10.5.0.0/16', nextHopType: 'VirtualNetworkGateway' }]
            : [],
        }),
      );
      d.subnets[i]!.routeTableId = `rt-${region}`;
    }
  }, hub({}));
}

const all = ['sql', 'env', 'pol', 'vnet-e', 'vnet-w', 'vnet-d', 'snet-d'];

/** A design that triggers each REACH rule, and a close one that doesn't. */
export const reachFixtures: RuleFixture[] = [
  {
    ruleId: 'REACH001',
    name: 'a resource VNet peered with neither delegated VNet',
    trigger: withData(),
    objectIds: all,
    message:
      /sql-orders \(needed by env-prod\) is reachable from none .*: peer vnet-pp-eus and vnet-pp-wus with vnet-data\.$/,
    near: directlyPeered,
  },
  {
    ruleId: 'REACH001',
    name: 'an on-premises network behind a gateway without gateway transit',
    trigger: variant((d) => {
      d.gateways.push(createGateway({ id: 'vgw-h', vnetId: 'vnet-h' }));
      d.resources.push(
        createResource({
          id: 'dc',
          name: 'onprem-erp',
          kind: 'OnPremises',
          placement: { type: 'onPremises', gatewayVnetId: 'vnet-h', addressPrefixes: ['192.168.0.0/16'] },
        }),
      );
      d.environments[0]!.resourceIds = ['dc'];
    }, hub({})),
    objectIds: ['dc', 'env', 'pol', 'vnet-e', 'vnet-w', 'vnet-h', 'p-vnet-e-hub', 'p-vnet-w-hub'],
    message: /turn on allowGatewayTransit on vnet-hub's peering to vnet-pp-eus and useRemoteGateways/,
    near: variant((d) => {
      d.gateways.push(createGateway({ id: 'vgw-h', vnetId: 'vnet-h' }));
      d.resources.push(
        createResource({
          id: 'dc',
          kind: 'OnPremises',
          placement: { type: 'onPremises', gatewayVnetId: 'vnet-h', addressPrefixes: ['192.168.0.0/16'] },
        }),
      );
      d.environments[0]!.resourceIds = ['dc'];
      for (const p of d.peerings) {
        p.aToB!.useRemoteGateways = p.vnetAId !== 'vnet-d';
        p.bToA!.allowGatewayTransit = true;
      }
    }, hub({})),
  },
  {
    ruleId: 'REACH002',
    name: 'only one delegated VNet peered with the resource VNet',
    trigger: variant((d) => peer(d, 'vnet-e', 'vnet-d'), withData()),
    objectIds: all,
    message:
      /reachable from vnet-pp-eus but not from vnet-pp-wus, so it is lost after failover: peer vnet-pp-wus with vnet-data/,
    near: directlyPeered,
  },
  {
    ruleId: 'REACH003',
    name: 'a hub with no firewall',
    trigger: hub({}),
    objectIds: [...all, 'vnet-h', 'p-vnet-d-hub', 'p-vnet-e-hub', 'p-vnet-w-hub'],
    message:
      /vnet-pp-eus and vnet-pp-wus reach vnet-data only through vnet-hub, and peering is not transitive: peer them with vnet-data, or put a firewall or NVA in vnet-hub/,
    near: hub({ firewall: true, routes: true, forwarded: true }),
  },
  {
    ruleId: 'REACH003',
    name: 'a hub firewall without a route on the delegated subnets',
    trigger: hub({ firewall: true, forwarded: true }),
    objectIds: [...all, 'vnet-h'],
    message:
      /add a route on a route table for snet-pp in vnet-pp-eus sending 10.5.1.0\/24 to vnet-hub's firewall \(10.9.0.4\) as VirtualAppliance, add a route on a route table for snet-pp in vnet-pp-wus/,
    near: hub({ firewall: true, routes: true, forwarded: true }),
  },
  {
    ruleId: 'REACH003',
    name: 'a hub that does not accept forwarded traffic on the resource side',
    trigger: hub({ firewall: true, routes: true }),
    objectIds: [...all, 'vnet-h', 'p-vnet-d-hub', 'p-vnet-e-hub', 'p-vnet-w-hub'],
    message: /allow forwarded traffic on vnet-data's peering to vnet-hub/,
    near: hub({ firewall: true, routes: true, forwarded: true }),
  },
  {
    ruleId: 'REACH004',
    name: 'the private DNS zone linked to one delegated VNet only',
    trigger: variant((d) => {
      d.privateDnsZones[0]!.vnetIds = ['vnet-e', 'vnet-d'];
    }, directlyPeered),
    objectIds: ['sql', 'vnet-w', 'zone', 'env', 'pol', 'vnet-e', 'vnet-d', 'snet-d'],
    message:
      /vnet-pp-wus uses Azure DNS and private DNS zone privatelink.database.windows.net is not linked to it/,
    near: directlyPeered,
  },
  {
    ruleId: 'REACH004',
    name: 'custom DNS servers in an unpeered VNet',
    trigger: variant((d) => {
      d.vnets.push(createVnet({ id: 'vnet-dns', addressPrefixes: ['10.7.0.0/16'] }));
      d.vnets[0]!.dnsServers = ['10.7.0.4'];
      d.vnets[1]!.dnsServers = ['10.7.0.4'];
    }, directlyPeered),
    count: 2,
    objectIds: ['sql', 'vnet-e', 'env', 'pol', 'vnet-w', 'vnet-d', 'snet-d'],
    message: /custom DNS servers \(10.7.0.4\) are unreachable/,
    near: variant((d) => {
      d.vnets[0]!.dnsServers = ['10.5.0.4'];
      d.vnets[1]!.dnsServers = ['10.5.0.4'];
    }, directlyPeered),
  },
  {
    ruleId: 'REACH003',
    name: "a hub's VPN gateway forwards for routes with next hop VirtualNetworkGateway",
    trigger: gatewayHub({ routes: false, remoteGateways: true }),
    objectIds: [...all, 'vnet-h', 'rt-eastus', 'rt-westus'],
    message: /sending 10.5.1.0\/24 to vnet-hub's gateway as VirtualNetworkGateway/,
    near: gatewayHub({ routes: true, remoteGateways: true }),
  },
  {
    ruleId: 'REACH003',
    name: "a hub's gateway forwards only for spokes that use it",
    trigger: gatewayHub({ routes: true, remoteGateways: false }),
    objectIds: [...all, 'vnet-h', 'p-vnet-e-hub', 'p-vnet-d-hub', 'p-vnet-w-hub'],
    message:
      /turn on useRemoteGateways on vnet-data's peering to vnet-hub and allowGatewayTransit on vnet-hub's/,
    near: gatewayHub({ routes: true, remoteGateways: true }),
  },
];
