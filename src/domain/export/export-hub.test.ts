/** The hub's own objects in the exports: what is deployed, what is referenced, what Terraform leaves out. */
import { describe, expect, it } from 'vitest';
import { exportDesign } from './export-design';
import { hubFixture } from './fixtures/hub';

type ArmResource = { type: string; name: string; dependsOn?: string[]; properties?: Record<string, any> };
const arm = () =>
  (
    JSON.parse(exportDesign(hubFixture(), { target: 'arm', findings: [] }).text) as {
      resources: ArmResource[];
    }
  ).resources;
const ofType = (type: string) => arm().filter((r) => r.type === `Microsoft.Network/${type}`);

describe('exporting hub objects', () => {
  it('deploys new Azure Firewalls, gateways and Bastion hosts, each with Standard static public IPs', () => {
    expect(ofType('azureFirewalls').map((r) => r.properties?.sku)).toEqual([
      { name: 'AZFW_VNet', tier: 'Premium' },
    ]);
    const gateways = ofType('virtualNetworkGateways');
    expect(gateways.map((g) => [g.properties?.gatewayType, g.properties?.ipConfigurations.length])).toEqual([
      ['Vpn', 2],
      ['ExpressRoute', 1],
    ]);
    expect(ofType('bastionHosts')).toHaveLength(2);
    // 1 firewall + 2 (active-active) + 1 gateway + 2 Bastion hosts
    const ips = ofType('publicIPAddresses');
    expect(ips).toHaveLength(6);
    for (const ip of ips) expect(ip.properties?.publicIPAllocationMethod).toBe('Static');
  });

  it('places each in its special subnet and waits for the VNet or the new subnet', () => {
    const [fw] = ofType('azureFirewalls');
    expect(fw?.properties?.ipConfigurations[0].properties.subnet.id).toMatch(
      /^\[resourceId\('Microsoft\.Network\/virtualNetworks\/subnets', .*'AzureFirewallSubnet'\)\]$/,
    );
    expect(fw?.dependsOn?.join()).toMatch(/virtualNetworks'.*vnet-hub-weu/);
    const shared = ofType('bastionHosts').find((b) => b.name.includes('bas-shared-weu'));
    expect(shared?.dependsOn?.join()).toMatch(
      /virtualNetworks\/subnets'.*vnet-shared-weu.*AzureBastionSubnet/,
    );
  });

  it('neither deploys an existing gateway nor an NVA, and routes naming a firewall get its address', () => {
    const names = arm().map((r) => r.name);
    expect(names.some((n) => n.includes('vgw-shared-weu'))).toBe(false);
    expect(names.some((n) => n.includes('nva-hub-weu'))).toBe(false);
    const [rt] = ofType('routeTables');
    expect(rt?.properties?.routes.map((r: any) => r.properties.nextHopIpAddress)).toEqual([
      '10.0.1.4',
      '10.0.3.4',
    ]);
  });

  it('says in the Terraform configuration which hub objects it does not declare', () => {
    const tf = exportDesign(hubFixture(), { target: 'terraform', findings: [] }).text;
    expect(tf).not.toMatch(/azurerm_firewall|azurerm_virtual_network_gateway|azurerm_bastion_host/);
    expect(tf).toContain(
      '#   - Not in this Terraform configuration: Azure Firewall "afw-hub-weu", virtual network gateway "vgw-vpn-weu"',
    );
    expect(tf).not.toContain('pip-afw-hub-weu');
  });
});
