import { describe, expect, it } from 'vitest';
import { createBastion, createFirewall, createGateway, createSubnet } from '../../model/factories';
import { variant } from '../../testing/rule-fixture';
import { runRule } from '../../testing/run-rule';
import { net013 } from './net013';

const withSubnet = (name: string, prefix: string, delegations: string[] = []) =>
  variant((d) => {
    d.subnets.push(createSubnet({ id: 'special', vnetId: 'vnet-e', name, prefix, delegations }));
  });

describe('NET013 special subnets', () => {
  it('warns (not errs) for a GatewaySubnet that deploys but is below the recommended /27', () => {
    const findings = runRule(net013, withSubnet('GatewaySubnet', '10.1.1.0/28'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message).toMatch(/is \/28: it deploys, but Microsoft recommends \/27 or larger/);
    expect(runRule(net013, withSubnet('GatewaySubnet', '10.1.1.0/27'))).toEqual([]);
  });

  it('applies each service’s smallest size', () => {
    expect(runRule(net013, withSubnet('AzureBastionSubnet', '10.1.1.0/27'))[0]?.message).toMatch(
      /Azure Bastion needs \/26 or larger/,
    );
    expect(runRule(net013, withSubnet('AzureFirewallManagementSubnet', '10.1.1.0/26'))).toEqual([]);
    expect(runRule(net013, withSubnet('RouteServerSubnet', '10.1.1.0/27'))).toEqual([]);
  });

  it('refuses a delegation on any of them, even when the size is right', () => {
    const [f] = runRule(
      net013,
      withSubnet('GatewaySubnet', '10.1.1.0/27', ['Microsoft.PowerPlatform/enterprisePolicies']),
    );
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(
      /is delegated to Microsoft.PowerPlatform\/enterprisePolicies.*remove the delegation/,
    );
  });
});

describe('NET013 for hub objects', () => {
  /** vnet-e (10.1.0.0/16) with the given special subnets and hub objects. */
  const hub = (subnets: Array<[string, string]>, add: (d: import('../../model/schema').Design) => void) =>
    variant((d) => {
      subnets.forEach(([name, prefix], i) => {
        d.subnets.push(createSubnet({ id: `special-${i}`, vnetId: 'vnet-e', name, prefix }));
      });
      add(d);
    });

  it('reports an Azure Firewall, a gateway and a Bastion host whose VNet lacks their special subnet', () => {
    const design = hub([], (d) => {
      d.firewalls.push(createFirewall({ id: 'afw', vnetId: 'vnet-e', privateIp: '10.1.9.4' }));
      d.gateways.push(createGateway({ id: 'vgw', vnetId: 'vnet-e' }));
      d.bastions.push(createBastion({ id: 'bas', vnetId: 'vnet-e' }));
    });
    const messages = runRule(net013, design).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^Azure Firewall afw is in VNet .* which has no AzureFirewallSubnet: add a subnet named AzureFirewallSubnet \(\/26 or larger\)/,
      ),
      expect.stringMatching(
        /^Virtual network gateway vgw is in VNet .* which has no GatewaySubnet: add a subnet named GatewaySubnet \(\/29 or larger\)/,
      ),
      expect.stringMatching(/^Azure Bastion bas is in VNet .* which has no AzureBastionSubnet/),
    ]);
    expect(runRule(net013, design)[0]?.objectIds).toEqual(['afw', 'vnet-e']);
    // Near miss: with the three subnets, nothing is reported.
    const complete = hub(
      [
        ['AzureFirewallSubnet', '10.1.250.0/26'],
        ['GatewaySubnet', '10.1.251.0/27'],
        ['AzureBastionSubnet', '10.1.252.0/26'],
      ],
      (d) => {
        d.firewalls.push(createFirewall({ id: 'afw', vnetId: 'vnet-e', privateIp: '10.1.250.4' }));
        d.gateways.push(createGateway({ id: 'vgw', vnetId: 'vnet-e' }));
        d.bastions.push(createBastion({ id: 'bas', vnetId: 'vnet-e' }));
      },
    );
    expect(runRule(net013, complete)).toEqual([]);
  });

  it('does not ask an NVA for AzureFirewallSubnet', () => {
    const design = hub([], (d) => {
      d.firewalls.push(createFirewall({ id: 'nva', vnetId: 'vnet-e', kind: 'NVA', privateIp: '10.1.0.10' }));
    });
    expect(runRule(net013, design)).toEqual([]);
  });

  it('reports a gateway SKU of the other type', () => {
    const design = hub([['GatewaySubnet', '10.1.251.0/27']], (d) => {
      d.gateways.push(createGateway({ id: 'vgw', vnetId: 'vnet-e', type: 'Vpn', sku: 'ErGw2AZ' }));
    });
    const [f] = runRule(net013, design);
    expect(f?.message).toBe(
      'VPN gateway vgw has SKU ErGw2AZ, which is an ExpressRoute SKU: choose a VPN SKU (such as VpnGw1AZ) or make it an ExpressRoute gateway.',
    );
    const er = hub([['GatewaySubnet', '10.1.251.0/27']], (d) => {
      d.gateways.push(
        createGateway({ id: 'vgw', vnetId: 'vnet-e', type: 'ExpressRoute', sku: 'UltraPerformance' }),
      );
    });
    expect(runRule(net013, er)).toEqual([]);
  });

  it('reports an Azure Firewall whose private IP is outside AzureFirewallSubnet, naming the .4 address', () => {
    const design = hub([['AzureFirewallSubnet', '10.1.250.0/26']], (d) => {
      d.firewalls.push(createFirewall({ id: 'afw', vnetId: 'vnet-e', privateIp: '10.1.9.4' }));
    });
    const [f] = runRule(net013, design);
    expect(f?.message).toMatch(
      /^Azure Firewall afw has private IP 10\.1\.9\.4, outside AzureFirewallSubnet 10\.1\.250\.0\/26 .*the subnet's 4th address \(10\.1\.250\.4\); set the private IP to it\.$/,
    );
    expect(f?.objectIds).toEqual(['afw', 'special-0', 'vnet-e']);
  });

  it('reports two gateways of the same type in one VNet, and allows one of each type', () => {
    const two = hub([['GatewaySubnet', '10.1.251.0/27']], (d) => {
      d.gateways.push(createGateway({ id: 'vgw-1', vnetId: 'vnet-e' }));
      d.gateways.push(createGateway({ id: 'vgw-2', vnetId: 'vnet-e' }));
    });
    const [f] = runRule(net013, two);
    expect(f?.message).toMatch(
      /has 2 VPN gateways \(vgw-1, vgw-2\), but a VNet holds one gateway of each type/,
    );
    expect(f?.objectIds).toEqual(['vgw-1', 'vgw-2', 'vnet-e']);
    const oneEach = hub([['GatewaySubnet', '10.1.251.0/27']], (d) => {
      d.gateways.push(createGateway({ id: 'vgw-1', vnetId: 'vnet-e' }));
      d.gateways.push(createGateway({ id: 'vgw-2', vnetId: 'vnet-e', type: 'ExpressRoute' }));
    });
    expect(runRule(net013, oneEach)).toEqual([]);
  });

  it('names at most three of many same-type gateways in a VNet and counts the rest', () => {
    const many = hub([['GatewaySubnet', '10.1.251.0/27']], (d) => {
      for (let i = 1; i <= 10; i++) d.gateways.push(createGateway({ id: `vgw-${i}`, vnetId: 'vnet-e' }));
    });
    const [f] = runRule(net013, many);
    expect(f?.message).toMatch(/has 10 VPN gateways \(vgw-1, vgw-2, vgw-3 and 7 more\)/);
  });
});
