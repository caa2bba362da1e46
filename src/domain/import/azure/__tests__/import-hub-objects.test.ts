/**
 * Virtual network gateways, Azure Firewalls and Bastion hosts import as objects of their VNet, with their
 * SKUs and flags as a live estate (REST / Resource Graph shape) reports them.
 */
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../model/load';
import { importAzureFiles } from '../import-azure-files';

const rg = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-hub';
const vnetId = `${rg}/providers/Microsoft.Network/virtualNetworks/vnet-hub`;
const subnet = (name: string, addressPrefix: string) => ({
  id: `${vnetId}/subnets/${name}`,
  name,
  properties: { addressPrefix },
});
const pip = (name: string) => ({ id: `${rg}/providers/Microsoft.Network/publicIPAddresses/${name}` });
const ipConfig = (subnetName: string, pipName: string, extra: Record<string, unknown> = {}) => ({
  name: `ipconfig-${pipName}`,
  properties: { subnet: { id: `${vnetId}/subnets/${subnetName}` }, publicIPAddress: pip(pipName), ...extra },
});

const estate = {
  value: [
    {
      id: vnetId,
      name: 'vnet-hub',
      type: 'Microsoft.Network/virtualNetworks',
      location: 'westeurope',
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [
          subnet('GatewaySubnet', '10.0.0.0/27'),
          subnet('AzureFirewallSubnet', '10.0.1.0/26'),
          subnet('AzureBastionSubnet', '10.0.2.0/26'),
        ],
      },
    },
    {
      id: `${rg}/providers/Microsoft.Network/virtualNetworkGateways/vgw-hub`,
      name: 'vgw-hub',
      type: 'Microsoft.Network/virtualNetworkGateways',
      location: 'westeurope',
      properties: {
        gatewayType: 'Vpn',
        activeActive: true,
        sku: { name: 'VpnGw2AZ', tier: 'VpnGw2AZ' },
        ipConfigurations: [ipConfig('GatewaySubnet', 'pip-vgw-1'), ipConfig('GatewaySubnet', 'pip-vgw-2')],
      },
    },
    {
      id: `${rg}/providers/Microsoft.Network/azureFirewalls/afw-hub`,
      name: 'afw-hub',
      type: 'Microsoft.Network/azureFirewalls',
      location: 'westeurope',
      properties: {
        sku: { name: 'AZFW_VNet', tier: 'Premium' },
        ipConfigurations: [ipConfig('AzureFirewallSubnet', 'pip-afw', { privateIPAddress: '10.0.1.4' })],
      },
    },
    {
      id: `${rg}/providers/Microsoft.Network/bastionHosts/bas-hub`,
      name: 'bas-hub',
      type: 'Microsoft.Network/bastionHosts',
      location: 'westeurope',
      sku: { name: 'Standard' },
      properties: { ipConfigurations: [ipConfig('AzureBastionSubnet', 'pip-bas')] },
    },
    ...['pip-vgw-1', 'pip-vgw-2', 'pip-afw', 'pip-bas'].map((name) => ({
      ...pip(name),
      name,
      type: 'Microsoft.Network/publicIPAddresses',
      location: 'westeurope',
      sku: { name: 'Standard' },
      properties: { publicIPAllocationMethod: 'Static' },
    })),
  ],
};

describe('importing a hub', () => {
  it('maps the gateway, the firewall and the Bastion host to objects with their SKUs', () => {
    const r = importAzureFiles([{ name: 'estate.json', text: JSON.stringify(estate) }]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const { design } = r;
    const vnet = design.vnets[0]?.id;
    expect(design.gateways).toEqual([
      expect.objectContaining({
        name: 'vgw-hub',
        vnetId: vnet,
        type: 'Vpn',
        sku: 'VpnGw2AZ',
        activeActive: true,
      }),
    ]);
    expect(design.firewalls).toEqual([
      expect.objectContaining({
        name: 'afw-hub',
        vnetId: vnet,
        kind: 'AzureFirewall',
        sku: 'Premium',
        privateIp: '10.0.1.4',
      }),
    ]);
    expect(design.bastions).toEqual([
      expect.objectContaining({ name: 'bas-hub', vnetId: vnet, sku: 'Standard' }),
    ]);
    // Their public IPs belong to them: none is reported as skipped.
    expect(r.skipped.map((s) => s.type.toLowerCase())).not.toContain('microsoft.network/publicipaddresses');
    expect(parseDesign(JSON.parse(JSON.stringify(design))).ok).toBe(true);
  });
});
