import { describe, expect, it } from 'vitest';
import {
  createGateway,
  createNsg,
  createPeering,
  createPeeringLink,
  createResource,
  createVnet,
} from '../../model/factories';
import type { Design, SecurityRule } from '../../model/schema';
import { variant } from '../../testing/rule-fixture';
import { runRule } from '../../testing/run-rule';
import { portRangeContains } from '../shared/nsg-eval';
import { sub005 } from './sub005';

const rule = (over: Partial<SecurityRule>): SecurityRule => ({
  name: 'r',
  priority: 200,
  direction: 'Outbound',
  access: 'Deny',
  protocol: 'Tcp',
  sourceAddressPrefix: '*',
  sourcePortRange: '*',
  // With Azure-provided DNS only rules naming the AzurePlatformDNS tag apply.
  destinationAddressPrefix: 'AzurePlatformDNS',
  destinationPortRange: '53',
  ...over,
});

function design(rules: SecurityRule[], edit: (d: Design) => void = () => {}): Design {
  return variant((d) => {
    d.nsgs.push(createNsg({ id: 'nsg', rules }));
    d.subnets[0]!.nsgId = 'nsg';
    edit(d);
  });
}

const blocked = (d: Design) => runRule(sub005, d).length;

describe('SUB005 NSG evaluation', () => {
  it('reads port ranges, lists and wildcards', () => {
    expect(portRangeContains('53', 53)).toBe(true);
    expect(portRangeContains('50-60', 53)).toBe(true);
    expect(portRangeContains('54-60', 53)).toBe(false);
    expect(portRangeContains('*', 53)).toBe(true);
    expect(portRangeContains('22, 80-90,53', 53)).toBe(true);
    expect(portRangeContains('22,80', 53)).toBe(false);
    expect(portRangeContains('garbage', 53)).toBe(false);
  });

  it('lets a lower priority number win: Allow 100 before Deny 200, but not Allow 300 after it', () => {
    expect(blocked(design([rule({}), rule({ access: 'Allow', priority: 100 })]))).toBe(0);
    expect(blocked(design([rule({}), rule({ access: 'Allow', priority: 300 })]))).toBe(1);
  });

  it('ignores rules for other protocols, ports, directions and destinations', () => {
    expect(blocked(design([rule({ protocol: 'Udp' })]))).toBe(0);
    expect(blocked(design([rule({ protocol: '*' })]))).toBe(1);
    expect(blocked(design([rule({ destinationPortRange: '443' })]))).toBe(0);
    expect(blocked(design([rule({ direction: 'Inbound' })]))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: '10.0.0.0/8' })]))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: 'AzurePlatformDNS' })]))).toBe(1);
  });

  it('lets only the AzurePlatformDNS tag block Azure-provided DNS: *, CIDRs and Internet do not apply to it', () => {
    expect(blocked(design([rule({ destinationAddressPrefix: '*' })]))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: '168.63.129.16/32' })]))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: '0.0.0.0/0' })]))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: 'Internet' })]))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: 'VirtualNetwork' })]))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: 'azureplatformdns' })]))).toBe(1);
    // With custom DNS servers the tag names nothing they use, and a plain * does block them.
    const custom = (d: Design) => {
      d.vnets[0]!.dnsServers = ['10.1.5.4'];
    };
    expect(blocked(design([rule({ destinationAddressPrefix: 'AzurePlatformDNS' })], custom))).toBe(0);
    expect(blocked(design([rule({ destinationAddressPrefix: '*' })], custom))).toBe(1);
  });

  it('counts custom DNS servers on premises behind a gateway as VirtualNetwork', () => {
    const onPrem = (via: 'own' | 'transit' | 'none') => (d: Design) => {
      d.vnets[0]!.dnsServers = ['192.168.10.4'];
      d.resources.push(
        createResource({
          id: 'dc',
          kind: 'OnPremises',
          placement: {
            type: 'onPremises',
            gatewayVnetId: via === 'own' ? 'vnet-e' : 'hub',
            addressPrefixes: ['192.168.0.0/16'],
          },
        }),
      );
      if (via === 'own') d.gateways.push(createGateway({ id: 'vgw-e', vnetId: 'vnet-e' }));
      else {
        d.vnets.push(createVnet({ id: 'hub', addressPrefixes: ['10.9.0.0/16'] }));
        d.gateways.push(createGateway({ id: 'vgw-hub', vnetId: 'hub', type: 'ExpressRoute' }));
        d.peerings.push(
          createPeering({
            id: 'p',
            vnetAId: 'vnet-e',
            vnetBId: 'hub',
            aToB: createPeeringLink({ useRemoteGateways: via === 'transit' }),
            bToA: createPeeringLink({ allowGatewayTransit: true }),
          }),
        );
      }
    };
    const denyVnet = [rule({ destinationAddressPrefix: 'VirtualNetwork' })];
    expect(blocked(design(denyVnet, onPrem('own')))).toBe(1);
    expect(blocked(design(denyVnet, onPrem('transit')))).toBe(1);
    // A peering that does not use the hub's gateway does not bring the on-premises space into the tag.
    expect(blocked(design(denyVnet, onPrem('none')))).toBe(0);
  });

  it('checks custom DNS servers against CIDR, IP and VirtualNetwork destinations', () => {
    const dns = (d: Design) => {
      d.vnets[0]!.dnsServers = ['10.1.5.4', '10.9.0.4'];
    };
    // 10.1.5.4 is inside the VNet; 10.9.0.4 in a peered hub.
    const hub = (d: Design) => {
      dns(d);
      d.vnets.push(createVnet({ id: 'hub', addressPrefixes: ['10.9.0.0/16'] }));
      d.peerings.push(createPeering({ id: 'p', vnetAId: 'vnet-e', vnetBId: 'hub' }));
    };
    expect(blocked(design([rule({ destinationAddressPrefix: '10.1.5.4' })], dns))).toBe(1);
    expect(blocked(design([rule({ destinationAddressPrefix: '10.0.0.0/8' })], dns))).toBe(2);
    expect(blocked(design([rule({ destinationAddressPrefix: '*' })], dns))).toBe(2);
    expect(blocked(design([rule({ destinationAddressPrefix: 'VirtualNetwork' })], dns))).toBe(1);
    expect(blocked(design([rule({ destinationAddressPrefix: 'VirtualNetwork' })], hub))).toBe(2);
    expect(blocked(design([rule({ destinationAddressPrefix: '168.63.129.16' })], dns))).toBe(0);
  });

  it('matches sources: a Deny on part of the subnet counts, an Allow must cover all of it', () => {
    expect(blocked(design([rule({ sourceAddressPrefix: '10.1.0.0/25' })]))).toBe(1);
    expect(blocked(design([rule({ sourceAddressPrefix: '10.2.0.0/24' })]))).toBe(0);
    const partialAllow = rule({ access: 'Allow', priority: 100, sourceAddressPrefix: '10.1.0.0/25' });
    expect(blocked(design([rule({}), partialAllow]))).toBe(1);
    const fullAllow = rule({ access: 'Allow', priority: 100, sourceAddressPrefix: '10.1.0.0/16' });
    expect(blocked(design([rule({}), fullAllow]))).toBe(0);
  });

  it('only looks at Power Platform delegated subnets', () => {
    expect(blocked(design([rule({})], (d) => (d.subnets[0]!.delegations = [])))).toBe(0);
  });
});
