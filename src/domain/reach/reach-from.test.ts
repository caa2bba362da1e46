import { describe, expect, it } from 'vitest';
import { tryParseCidr } from '../ip/cidr';
import {
  createGateway,
  createPeering,
  createPeeringLink,
  createResource,
  createVnet,
} from '../model/factories';
import type { Design } from '../model/schema';
import { directlyPeered, hub, withData } from '../rules/reach/reach.fixtures';
import { variant } from '../testing/rule-fixture';
import { reachFrom } from './reach-from';
import { privateDnsGap } from './resolve-private-dns';

const subnet = (d: Design, id = 'snet-e') => d.subnets.find((s) => s.id === id)!;
const vnet = (d: Design, id: string) => d.vnets.find((v) => v.id === id)!;
const toData = (d: Design, range = '10.5.1.0/24', from = 'snet-e') =>
  reachFrom(d, subnet(d, from), { type: 'vnet', vnet: vnet(d, 'vnet-d'), range: tryParseCidr(range) });

describe('reachFrom', () => {
  it('reaches a directly peered VNet, not one two peerings away', () => {
    expect(toData(directlyPeered)).toMatchObject({ reachable: true, via: 'peering' });
    const chain = variant((d) => {
      d.peerings.push(createPeering({ id: 'ew', vnetAId: 'vnet-e', vnetBId: 'vnet-w' }));
      d.peerings.push(createPeering({ id: 'wd', vnetAId: 'vnet-w', vnetBId: 'vnet-d' }));
    }, withData());
    expect(toData(chain)).toMatchObject({ reachable: false, kind: 'transit' });
    expect(toData(chain, '10.5.1.0/24', 'snet-w')).toMatchObject({ reachable: true });
  });

  it('follows a route that names the hub firewall instead of its address', () => {
    const good = hub({ firewall: true, routes: true, forwarded: true });
    const byReference = variant((d) => {
      for (const table of d.routeTables) {
        const route = table.routes[0]!;
        delete route.nextHopIpAddress;
        route.nextHopFirewallId = 'afw-h';
      }
    }, good);
    expect(toData(byReference)).toMatchObject({ reachable: true, via: 'hub' });
    // A firewall of another VNet is not the hub's: the route does not reach the hub's forwarder.
    const elsewhere = variant((d) => {
      d.firewalls.push({ ...d.firewalls[0]!, id: 'afw-e', vnetId: 'vnet-e', privateIp: '10.1.0.4' });
      for (const table of d.routeTables) table.routes[0]!.nextHopFirewallId = 'afw-e';
    }, byReference);
    expect(toData(elsewhere)).toMatchObject({ reachable: false });
  });

  it('needs virtual network access in both directions', () => {
    const half = variant((d) => {
      d.peerings.push(
        createPeering({
          id: 'ed',
          vnetAId: 'vnet-e',
          vnetBId: 'vnet-d',
          bToA: createPeeringLink({ allowVirtualNetworkAccess: false }),
        }),
      );
    }, withData());
    const r = toData(half);
    expect(r).toMatchObject({ reachable: false, kind: 'none', objectIds: ['ed'] });
    if (!r.reachable) expect(r.fix).toContain('in both directions');
  });

  it('forwards through a hub only when the route covers the resource and targets the firewall', () => {
    const good = hub({ firewall: true, routes: true, forwarded: true });
    expect(toData(good)).toMatchObject({ reachable: true, via: 'hub', objectIds: ['vnet-h'] });
    const otherRange = variant((d) => {
      d.subnets.find((s) => s.id === 'snet-d')!.prefix = '10.5.1.0/24';
      d.routeTables[0]!.routes[0]!.addressPrefix = '10.5.2.0/24';
    }, good);
    expect(toData(otherRange)).toMatchObject({ reachable: false, kind: 'transit' });
    const wrongHop = variant((d) => {
      d.routeTables[0]!.routes[0]!.nextHopIpAddress = '10.9.0.5';
    }, good);
    expect(toData(wrongHop)).toMatchObject({
      reachable: false,
      kind: 'transit',
      objectIds: ['vnet-h', 'rt-eastus'],
    });
    const wide = variant((d) => {
      d.routeTables[0]!.routes[0]!.addressPrefix = '0.0.0.0/0';
    }, good);
    expect(toData(wide)).toMatchObject({ reachable: true, via: 'hub' });
  });

  it('reaches on-premises networks from the gateway VNet itself or through gateway transit', () => {
    const d = variant((x) => {
      x.vnets.push(createVnet({ id: 'vnet-gw', addressPrefixes: ['10.8.0.0/16'] }));
      x.gateways.push(createGateway({ id: 'vgw', vnetId: 'vnet-gw', type: 'ExpressRoute' }));
      x.peerings.push(
        createPeering({
          id: 'e-gw',
          vnetAId: 'vnet-e',
          vnetBId: 'vnet-gw',
          aToB: createPeeringLink({ useRemoteGateways: true }),
          bToA: createPeeringLink({ allowGatewayTransit: true }),
        }),
      );
    }, withData());
    const target = { type: 'gateway' as const, vnet: vnet(d, 'vnet-gw') };
    expect(reachFrom(d, subnet(d, 'snet-e'), target)).toMatchObject({ reachable: true, via: 'gateway' });
    expect(reachFrom(d, subnet(d, 'snet-w'), target)).toMatchObject({ reachable: false, kind: 'none' });
    const local = variant((x) => {
      x.gateways.push(createGateway({ id: 'vgw-e', vnetId: 'vnet-e' }));
    }, d);
    expect(reachFrom(local, subnet(local), { type: 'gateway', vnet: vnet(local, 'vnet-e') })).toMatchObject({
      reachable: true,
      via: 'local',
    });
  });
});

describe('privateDnsGap', () => {
  it('accepts custom DNS on premises when the VNet uses a gateway, and public resolvers', () => {
    const d = variant((x) => {
      x.vnets.push(createVnet({ id: 'vnet-gw', addressPrefixes: ['10.8.0.0/16'] }));
      x.gateways.push(createGateway({ id: 'vgw', vnetId: 'vnet-gw' }));
      x.peerings.push(
        createPeering({
          id: 'e-gw',
          vnetAId: 'vnet-e',
          vnetBId: 'vnet-gw',
          aToB: createPeeringLink({ useRemoteGateways: true }),
          bToA: createPeeringLink({ allowGatewayTransit: true }),
        }),
      );
      vnet(x, 'vnet-e').dnsServers = ['192.168.10.10'];
      vnet(x, 'vnet-w').dnsServers = ['192.168.10.10'];
    }, directlyPeered);
    const sql = d.resources[0]!;
    expect(privateDnsGap(d, subnet(d, 'snet-e'), sql)).toBeUndefined();
    expect(privateDnsGap(d, subnet(d, 'snet-w'), sql)?.fix).toContain('unreachable');
    const notPe = createResource({
      id: 'api',
      placement: { type: 'subnet', subnetId: 'snet-d', privateEndpoint: false },
    });
    expect(privateDnsGap(d, subnet(d, 'snet-w'), notPe)).toBeUndefined();
  });
});
