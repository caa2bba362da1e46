// The shapes of `terraform show -json`: https://developer.hashicorp.com/terraform/internals/json-format
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../model/load';
import { importAzureFiles } from '../import-azure-files';

const sub = '11111111-2222-3333-4444-555555555555';
const rg = `/subscriptions/${sub}/resourceGroups/rg-pp`;
const vnetId = `${rg}/providers/Microsoft.Network/virtualNetworks/vnet-pp`;
const subnetId = (n: string) => `${vnetId}/subnets/${n}`;
const nsgId = `${rg}/providers/Microsoft.Network/networkSecurityGroups/nsg-pp`;
const natId = `${rg}/providers/Microsoft.Network/natGateways/nat-pp`;
const pipId = `${rg}/providers/Microsoft.Network/publicIPAddresses/pip-nat`;
const hubId = `/subscriptions/${sub}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`;

const resource = (address: string, type: string, values: Record<string, unknown>) => ({
  address,
  mode: 'managed',
  type,
  name: address.split('.').pop(),
  provider_name: 'registry.terraform.io/hashicorp/azurerm',
  schema_version: 0,
  values,
});

const state = {
  format_version: '1.0',
  terraform_version: '1.9.5',
  values: {
    root_module: {
      resources: [
        resource('azurerm_virtual_network.pp', 'azurerm_virtual_network', {
          id: vnetId,
          name: 'vnet-pp',
          location: 'westeurope',
          resource_group_name: 'rg-pp',
          address_space: ['10.70.0.0/16'],
          dns_servers: [],
          subnet: [],
        }),
        resource('azurerm_network_security_group.pp', 'azurerm_network_security_group', {
          id: nsgId,
          name: 'nsg-pp',
          location: 'westeurope',
          resource_group_name: 'rg-pp',
          security_rule: [
            {
              name: 'deny-internet',
              priority: 4000,
              direction: 'Outbound',
              access: 'Deny',
              protocol: '*',
              source_port_range: '*',
              source_port_ranges: [],
              destination_port_range: '*',
              destination_port_ranges: [],
              source_address_prefix: '*',
              source_address_prefixes: [],
              destination_address_prefix: 'Internet',
              destination_address_prefixes: [],
            },
          ],
        }),
        resource('azurerm_nat_gateway.pp', 'azurerm_nat_gateway', {
          id: natId,
          name: 'nat-pp',
          location: 'westeurope',
          resource_group_name: 'rg-pp',
          sku_name: 'Standard',
        }),
        resource('azurerm_public_ip.nat', 'azurerm_public_ip', {
          id: pipId,
          name: 'pip-nat',
          location: 'westeurope',
          resource_group_name: 'rg-pp',
          sku: 'Standard',
        }),
        resource(
          'azurerm_nat_gateway_public_ip_association.pp',
          'azurerm_nat_gateway_public_ip_association',
          { id: `${natId}|${pipId}`, nat_gateway_id: natId, public_ip_address_id: pipId },
        ),
        resource(
          'azurerm_subnet_network_security_group_association.pp["0"]',
          'azurerm_subnet_network_security_group_association',
          { id: subnetId('snet-pp-0'), subnet_id: subnetId('snet-pp-0'), network_security_group_id: nsgId },
        ),
        resource('azurerm_subnet_nat_gateway_association.pp', 'azurerm_subnet_nat_gateway_association', {
          id: subnetId('snet-pp-0'),
          subnet_id: subnetId('snet-pp-0'),
          nat_gateway_id: natId,
        }),
        resource('azurerm_virtual_network_peering.to_hub', 'azurerm_virtual_network_peering', {
          id: `${vnetId}/virtualNetworkPeerings/to-hub`,
          name: 'to-hub',
          resource_group_name: 'rg-pp',
          virtual_network_name: 'vnet-pp',
          remote_virtual_network_id: hubId,
          allow_virtual_network_access: true,
          allow_forwarded_traffic: true,
          allow_gateway_transit: false,
          use_remote_gateways: true,
        }),
        resource('azapi_resource.policy', 'azapi_resource', {
          id: `${rg}/providers/Microsoft.PowerPlatform/enterprisePolicies/ep-pp`,
          name: 'ep-pp',
          type: 'Microsoft.PowerPlatform/enterprisePolicies@2020-10-30-preview',
          location: 'europe',
          parent_id: rg,
          body: {
            kind: 'NetworkInjection',
            properties: {
              networkInjection: { virtualNetworks: [{ id: vnetId, subnet: { name: 'snet-pp-0' } }] },
            },
          },
        }),
        resource('azurerm_storage_account.logs', 'azurerm_storage_account', {
          name: 'stlogs',
          resource_group_name: 'rg-pp',
        }),
      ],
      child_modules: [
        {
          address: 'module.subnets',
          resources: [0, 1].map((i) =>
            resource(`module.subnets.azurerm_subnet.this[${i}]`, 'azurerm_subnet', {
              id: subnetId(`snet-pp-${i}`),
              name: `snet-pp-${i}`,
              resource_group_name: 'rg-pp',
              virtual_network_name: 'vnet-pp',
              address_prefixes: [`10.70.${i}.0/24`],
              delegation:
                i === 0
                  ? [
                      {
                        name: 'pp',
                        service_delegation: [
                          {
                            name: 'Microsoft.PowerPlatform/enterprisePolicies',
                            actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'],
                          },
                        ],
                      },
                    ]
                  : [],
            }),
          ),
        },
      ],
    },
  },
};

describe('importing terraform show -json', () => {
  it('reads azurerm resources of the root and child modules, associations and an azapi enterprise policy', () => {
    const r = importAzureFiles([{ name: 'state.json', text: JSON.stringify(state) }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(parseDesign(JSON.parse(JSON.stringify(r.design))).ok).toBe(true);
    const d = r.design;
    const pp = d.vnets.find((v) => v.name === 'vnet-pp');
    expect(pp).toMatchObject({
      region: 'westeurope',
      subscriptionId: sub,
      resourceGroup: 'rg-pp',
      addressPrefixes: ['10.70.0.0/16'],
    });
    const [s0, s1] = d.subnets;
    expect(s0).toMatchObject({
      name: 'snet-pp-0',
      prefix: '10.70.0.0/24',
      delegations: ['Microsoft.PowerPlatform/enterprisePolicies'],
      nsgId: d.nsgs[0]?.id,
      natGatewayId: d.natGateways[0]?.id,
    });
    expect(s1).toMatchObject({ name: 'snet-pp-1', prefix: '10.70.1.0/24', delegations: [] });
    expect(d.nsgs[0]?.rules).toEqual([
      expect.objectContaining({
        name: 'deny-internet',
        priority: 4000,
        destinationAddressPrefix: 'Internet',
      }),
    ]);
    expect(d.natGateways[0]?.publicIps).toEqual([
      { name: 'pip-nat', kind: 'Address', sku: 'Standard', existing: true },
    ]);
    expect(d.peerings[0]?.aToB).toMatchObject({ allowForwardedTraffic: true, useRemoteGateways: true });
    expect(d.policies).toEqual([
      expect.objectContaining({ name: 'ep-pp', location: 'europe', subnetIds: [s0?.id] }),
    ]);
    expect(r.skipped).toEqual([{ type: 'azurerm_storage_account', count: 1 }]);
    // a state describes what exists: every object is marked existing
    for (const key of ['vnets', 'subnets', 'peerings', 'natGateways', 'nsgs', 'policies'] as const) {
      expect(d[key].length, key).toBeGreaterThan(0);
      expect(
        d[key].every((o) => o.existing === true),
        key,
      ).toBe(true);
    }
  });

  it('reads a plan: planned values without ids build them from names and resource groups', () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            resource('azurerm_virtual_network.pp', 'azurerm_virtual_network', {
              name: 'vnet-plan',
              location: 'eastus',
              resource_group_name: 'rg-plan',
              address_space: ['10.80.0.0/16'],
            }),
            resource('azurerm_subnet.pp', 'azurerm_subnet', {
              name: 'snet',
              resource_group_name: 'rg-plan',
              virtual_network_name: 'vnet-plan',
              address_prefixes: ['10.80.1.0/24'],
            }),
            resource('azurerm_route_table.pp', 'azurerm_route_table', {
              name: 'rt',
              location: 'eastus',
              resource_group_name: 'rg-plan',
              bgp_route_propagation_enabled: false,
              route: [
                {
                  name: 'default',
                  address_prefix: '0.0.0.0/0',
                  next_hop_type: 'VirtualAppliance',
                  next_hop_in_ip_address: '10.0.0.4',
                },
              ],
            }),
          ],
        },
      },
    };
    const r = importAzureFiles([{ name: 'plan.json', text: JSON.stringify(plan) }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.subnets).toEqual([
      expect.objectContaining({ name: 'snet', prefix: '10.80.1.0/24', vnetId: r.design.vnets[0]?.id }),
    ]);
    expect(r.design.routeTables[0]).toMatchObject({
      disableBgpRoutePropagation: true,
      routes: [
        {
          name: 'default',
          addressPrefix: '0.0.0.0/0',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '10.0.0.4',
        },
      ],
    });
    // a plan's planned values are new
    expect(
      [...r.design.vnets, ...r.design.subnets, ...r.design.routeTables].some((o) => 'existing' in o),
    ).toBe(false);
  });
});
