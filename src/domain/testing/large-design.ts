/**
 * A deterministic large design for benchmarks: at scale 1, 200 environments, 60 policies, 300 VNets,
 * 3,000 subnets, 600 peerings and 300 private resources (scale 10 multiplies every count by ten).
 * Each policy pairs an East US and a West US delegated VNet; both are peered with the same five data
 * VNets, which hold the resources' private endpoints. A few deliberate defects produce findings.
 */
import { cidrFromNumber, formatCidr } from '../ip/cidr';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createNatGateway,
  createNsg,
  createPeering,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createSubnet,
  createVnet,
} from '../model/factories';
import type { Design, EnvironmentType, Subnet, VirtualNetwork } from '../model/schema';

const TYPES: readonly EnvironmentType[] = ['Production', 'Sandbox', 'Developer', 'Default', 'Sandbox'];
const SUBNETS_PER_VNET = 10;
const TEN = 0x0a000000;

/** Builds the benchmark design; the same scale always gives the same design. */
export function createLargeDesign(scale = 1): Design {
  const policyCount = 60 * scale;
  const delegatedVnets = 2 * policyCount;
  const dataVnets = 180 * scale;
  const vnets: VirtualNetwork[] = [];
  const subnets: Subnet[] = [];
  // Every VNet is a /20 of 10.0.0.0/8 (up to 4,096 VNets), cut into /24 subnets.
  for (let i = 0; i < delegatedVnets + dataVnets; i++) {
    const delegated = i < delegatedVnets;
    const base = TEN + i * 4096;
    vnets.push(
      createVnet({
        id: `vnet-${i}`,
        name: delegated ? `vnet-pp-${i}` : `vnet-data-${i}`,
        region: delegated ? (i % 2 === 0 ? 'eastus' : 'westus') : 'centralus',
        addressPrefixes: [formatCidr(cidrFromNumber(base, 20))],
      }),
    );
    for (let s = 0; s < SUBNETS_PER_VNET; s++) {
      const common = {
        id: `snet-${i}-${s}`,
        vnetId: `vnet-${i}`,
        name: `snet-${s}`,
        prefix: formatCidr(cidrFromNumber(base + s * 256, 24)),
      };
      subnets.push(
        delegated && s === 0
          ? createDelegatedSubnet({
              ...common,
              // Every 15th policy's secondary subnet is a /25 (POL008).
              prefix: i % 30 === 29 ? formatCidr(cidrFromNumber(base, 25)) : common.prefix,
              natGatewayId: `nat-${i}`,
              nsgId: i % 2 === 0 ? 'nsg-eus' : 'nsg-wus',
            })
          : createSubnet(common),
      );
    }
  }
  const peerings = [];
  for (let k = 0; k < delegatedVnets; k++) {
    for (let j = 0; j < 5; j++) {
      const data = delegatedVnets + ((Math.floor(k / 2) * 5 + j) % dataVnets);
      const peering = createPeering({ id: `peer-${k}-${j}`, vnetAId: `vnet-${k}`, vnetBId: `vnet-${data}` });
      // A few deliberate defects so that findings are produced too: one-way peerings (PEER002, REACH002).
      if (k % 20 === 19 && j === 0) peering.bToA = null;
      peerings.push(peering);
    }
  }
  const resources = Array.from({ length: 300 * scale }, (_, r) => {
    const data = delegatedVnets + (r % dataVnets);
    return createResource({
      id: `res-${r}`,
      name: `sql-${r}`,
      placement: { type: 'subnet', subnetId: `snet-${data}-1`, privateEndpoint: true },
      privateDnsZoneId: 'zone-sql',
    });
  });
  const environments = Array.from({ length: 200 * scale }, (_, i) => {
    const p = i % policyCount;
    return createEnvironment({
      id: `env-${i}`,
      name: `env-${i}`,
      type: TYPES[i % TYPES.length] as EnvironmentType,
      callsInternet: i % 3 === 0,
      policyIds: [`pol-${p}`],
      resourceIds: [`res-${(p * 5 + (i % 5)) % dataVnets}`],
    });
  });
  const policies = Array.from({ length: policyCount }, (_, p) =>
    createPolicy({ id: `pol-${p}`, name: `ep-${p}`, subnetIds: [`snet-${2 * p}-0`, `snet-${2 * p + 1}-0`] }),
  );
  const dnsRule = {
    priority: 100,
    direction: 'Outbound' as const,
    access: 'Allow' as const,
    protocol: 'Tcp' as const,
    sourceAddressPrefix: 'VirtualNetwork',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRange: '53',
  };
  return createDesign({
    id: `large-${scale}`,
    name: `Large design ×${scale}`,
    environments,
    policies,
    vnets,
    subnets,
    peerings,
    natGateways: Array.from({ length: delegatedVnets }, (_, i) =>
      createNatGateway({ id: `nat-${i}`, region: i % 2 === 0 ? 'eastus' : 'westus' }),
    ),
    nsgs: [
      createNsg({ id: 'nsg-eus', region: 'eastus', rules: [{ name: 'allow-dns', ...dnsRule }] }),
      createNsg({ id: 'nsg-wus', region: 'westus', rules: [{ name: 'allow-dns', ...dnsRule }] }),
    ],
    resources,
    privateDnsZones: [
      createPrivateDnsZone({ id: 'zone-sql', vnetIds: vnets.slice(0, delegatedVnets).map((v) => v.id) }),
    ],
  });
}
