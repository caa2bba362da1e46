/**
 * Import benchmark (not a timed test): a generated 5,000-resource ARM template (VNets, child subnets with
 * delegations and attachments, NSGs, route tables, peerings, written with parameters, format(),
 * resourceId() and cidrSubnet()) and a 5 MB `az network vnet list` document. Prints median, fastest
 * run and median CPU time of `importAzureFiles` (reading, evaluating and mapping). Target: ≤ 1 s each.
 *
 *   npm run bench:import
 */
import os from 'node:os';
import { importAzureFiles } from '../src/domain/import/azure/import-azure-files';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PP = 'Microsoft.PowerPlatform/enterprisePolicies';

function armTemplate(vnets: number): { text: string; resources: number } {
  const resources: unknown[] = [];
  for (let v = 0; v < vnets; v++) {
    const vnet = `[format('{0}-vnet-{1}', parameters('prefix'), ${v})]`;
    resources.push({
      type: 'Microsoft.Network/virtualNetworks',
      apiVersion: '2023-09-01',
      name: vnet,
      location: "[parameters('location')]",
      properties: {
        addressSpace: { addressPrefixes: [`[cidrSubnet(parameters('space'), 20, ${v})]`] },
        dhcpOptions: { dnsServers: ["[variables('dns')]"] },
      },
    });
    resources.push({
      type: 'Microsoft.Network/networkSecurityGroups',
      apiVersion: '2023-09-01',
      name: `[format('nsg-{0}', ${v})]`,
      location: "[parameters('location')]",
      properties: {
        securityRules: [
          {
            name: 'allow-https',
            properties: {
              priority: 100,
              direction: 'Outbound',
              access: 'Allow',
              protocol: 'Tcp',
              sourceAddressPrefix: 'VirtualNetwork',
              sourcePortRange: '*',
              destinationAddressPrefix: 'AzureCloud',
              destinationPortRange: '443',
            },
          },
        ],
      },
    });
    for (let s = 0; s < 2; s++) {
      resources.push({
        type: 'Microsoft.Network/virtualNetworks/subnets',
        apiVersion: '2023-09-01',
        name: `[format('{0}/snet-{1}', format('{0}-vnet-{1}', parameters('prefix'), ${v}), ${s})]`,
        properties: {
          addressPrefix: `[cidrSubnet(cidrSubnet(parameters('space'), 20, ${v}), 24, ${s})]`,
          delegations: s === 0 ? [{ name: 'pp', properties: { serviceName: PP } }] : [],
          networkSecurityGroup: {
            id: `[resourceId('Microsoft.Network/networkSecurityGroups', format('nsg-{0}', ${v}))]`,
          },
        },
      });
    }
    if (v > 0) {
      resources.push({
        type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
        apiVersion: '2023-09-01',
        name: `[format('{0}/to-hub', format('{0}-vnet-{1}', parameters('prefix'), ${v}))]`,
        properties: {
          remoteVirtualNetwork: {
            id: "[resourceId('Microsoft.Network/virtualNetworks', format('{0}-vnet-{1}', parameters('prefix'), 0))]",
          },
          allowForwardedTraffic: true,
        },
      });
    }
  }
  const template = {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: {
      prefix: { type: 'string', defaultValue: 'contoso' },
      location: { type: 'string', defaultValue: 'westeurope' },
      space: { type: 'string', defaultValue: '10.0.0.0/8' },
    },
    variables: { dns: '10.0.0.4' },
    resources,
  };
  return { text: JSON.stringify(template, null, 2), resources: resources.length };
}

function azVnetList(targetBytes: number): { text: string; vnets: number } {
  const sub = '11111111-2222-3333-4444-555555555555';
  const items: unknown[] = [];
  let size = 2;
  for (let v = 0; size < targetBytes; v++) {
    const id = `/subscriptions/${sub}/resourceGroups/rg-${v % 50}/providers/Microsoft.Network/virtualNetworks/vnet-${v}`;
    const item = {
      addressSpace: { addressPrefixes: [`10.${v % 256}.0.0/16`] },
      dhcpOptions: { dnsServers: [] },
      enableDdosProtection: false,
      etag: 'W/"00000000-0000-0000-0000-000000000000"',
      id,
      location: 'westeurope',
      name: `vnet-${v}`,
      provisioningState: 'Succeeded',
      resourceGroup: `rg-${v % 50}`,
      resourceGuid: '00000000-0000-0000-0000-000000000000',
      subnets: [0, 1, 2].map((s) => ({
        addressPrefix: `10.${v % 256}.${s}.0/24`,
        delegations:
          s === 0
            ? [
                {
                  id: `${id}/subnets/snet-${s}/delegations/pp`,
                  name: 'pp',
                  serviceName: PP,
                  type: 'Microsoft.Network/virtualNetworks/subnets/delegations',
                  actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'],
                },
              ]
            : [],
        id: `${id}/subnets/snet-${s}`,
        name: `snet-${s}`,
        privateEndpointNetworkPolicies: 'Disabled',
        privateLinkServiceNetworkPolicies: 'Enabled',
        provisioningState: 'Succeeded',
        resourceGroup: `rg-${v % 50}`,
        type: 'Microsoft.Network/virtualNetworks/subnets',
      })),
      tags: {},
      type: 'Microsoft.Network/virtualNetworks',
      virtualNetworkPeerings: [],
    };
    size += JSON.stringify(item, null, 2).length + 2;
    items.push(item);
  }
  return { text: JSON.stringify(items, null, 2), vnets: items.length };
}

function measure(name: string, text: string, runs = 7, warmup = 2) {
  const times: number[] = [];
  const cpu: number[] = [];
  let summary = '';
  for (let i = 0; i < warmup + runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = importAzureFiles([{ name, text }]);
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    summary = `${r.design.vnets.length} VNets, ${r.design.subnets.length} subnets, ${r.design.nsgs.length} NSGs, ${r.design.peerings.length} peerings, ${r.warnings.length} warnings, ${r.placeholders} placeholders`;
    if (i >= warmup) {
      times.push(t);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const cpuMedian = cpu[Math.floor(cpu.length / 2)] ?? Number.NaN;
  return { median, min: times[0] ?? Number.NaN, cpuMedian, summary, runs };
}

const arm = armTemplate(1000);
const az = azVnetList(5 * 1024 * 1024);
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}, load average ${os.loadavg()[0]?.toFixed(1)}`,
);
for (const [label, name, text] of [
  [
    `ARM template, ${arm.resources} resources, ${(arm.text.length / 1024 / 1024).toFixed(1)} MB`,
    'main.json',
    arm.text,
  ],
  [
    `az network vnet list, ${az.vnets} VNets, ${(az.text.length / 1024 / 1024).toFixed(1)} MB`,
    'vnets.json',
    az.text,
  ],
] as const) {
  const m = measure(name, text);
  console.log(`${label}: ${m.summary}`);
  console.log(
    `  import: median ${m.median.toFixed(0)} ms, fastest ${m.min.toFixed(0)} ms, CPU median ${m.cpuMedian.toFixed(0)} ms over ${m.runs} runs; target ≤ 1000 ms ${m.median <= 1000 ? 'met' : 'missed'} (wall clock), ${m.cpuMedian <= 1000 ? 'met' : 'missed'} (CPU time)`,
  );
}
