/**
 * A deterministic design of about 500 canvas objects for the studio benchmark: environments, policies,
 * delegated and data VNets with subnets, NAT gateways, NSGs, route tables, private resources and a DNS
 * zone, laid out in a compact grid so that the whole design fits in the view at the canvas' lowest zoom
 * (the canvas only renders the objects in view on large designs).
 */

import { NODE_SIZE, VNET } from '../src/canvas/geometry';
import { cidrFromNumber, formatCidr } from '../src/domain/ip/cidr';
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
  createRouteTable,
  createSubnet,
  createVnet,
} from '../src/domain/model/factories';
import type { Design, EnvironmentType, Position, Subnet, VirtualNetwork } from '../src/domain/model/schema';

const TYPES: readonly EnvironmentType[] = ['Production', 'Sandbox', 'Developer', 'Default'];
const TEN = 0x0a000000;
export const SUBNETS_PER_VNET = 8;
const POLICIES = 12;
const DATA_VNETS = 20;
const ENVIRONMENTS = 30;
const RESOURCES = 40;
const NSGS = 4;
const ROUTE_TABLES = 4;
/** VNets per row of the grid. */
const GRID_COLUMNS = 8;

/** The id of the subnet the benchmark edits: the second subnet of the first delegated VNet. */
export const EDITED_SUBNET = 'snet-0-1';

/** Builds the benchmark design; always the same design. */
export function createStudioBenchDesign(): Design {
  const delegatedVnets = 2 * POLICIES;
  const vnets: VirtualNetwork[] = [];
  const subnets: Subnet[] = [];
  const layout: Record<string, Position> = {};
  const subnetCell = { w: NODE_SIZE.subnet.width + VNET.gap, h: NODE_SIZE.subnet.height + VNET.gap };
  const vnetWidth = 2 * VNET.padding + 2 * subnetCell.w - VNET.gap;
  const vnetHeight = VNET.header + (SUBNETS_PER_VNET / 2) * subnetCell.h + VNET.padding;
  const vnetLeft = 1300;
  for (let i = 0; i < delegatedVnets + DATA_VNETS; i++) {
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
    layout[`vnet-${i}`] = {
      x: vnetLeft + (i % GRID_COLUMNS) * (vnetWidth + 60),
      y: Math.floor(i / GRID_COLUMNS) * (vnetHeight + 60),
      width: vnetWidth,
      height: vnetHeight,
    };
    for (let s = 0; s < SUBNETS_PER_VNET; s++) {
      const id = `snet-${i}-${s}`;
      const common = {
        id,
        vnetId: `vnet-${i}`,
        name: `snet-${s}`,
        prefix: formatCidr(cidrFromNumber(base + s * 256, 24)),
      };
      subnets.push(
        delegated && s === 0
          ? createDelegatedSubnet({
              ...common,
              natGatewayId: `nat-${i}`,
              nsgId: `nsg-${i % NSGS}`,
              routeTableId: `rt-${i % ROUTE_TABLES}`,
            })
          : createSubnet({ ...common, ...(s === 1 ? { nsgId: `nsg-${i % NSGS}` } : {}) }),
      );
      layout[id] = {
        x: VNET.padding + (s % 2) * subnetCell.w,
        y: VNET.header + Math.floor(s / 2) * subnetCell.h,
      };
    }
  }
  const peerings = [];
  for (let k = 0; k < delegatedVnets; k++) {
    const data = delegatedVnets + (k % DATA_VNETS);
    peerings.push(createPeering({ id: `peer-${k}`, vnetAId: `vnet-${k}`, vnetBId: `vnet-${data}` }));
  }
  // Columns left of the VNet grid: environments, policies, NAT/NSG/route tables, resources.
  const column = (x: number, ids: readonly string[], height: number) =>
    ids.forEach((id, row) => {
      layout[id] = { x, y: row * (height + 20) };
    });
  const resources = Array.from({ length: RESOURCES }, (_, r) =>
    createResource({
      id: `res-${r}`,
      name: `sql-${r}`,
      placement: {
        type: 'subnet',
        subnetId: `snet-${delegatedVnets + (r % DATA_VNETS)}-2`,
        privateEndpoint: true,
      },
      privateDnsZoneId: 'zone-sql',
    }),
  );
  const environments = Array.from({ length: ENVIRONMENTS }, (_, i) =>
    createEnvironment({
      id: `env-${i}`,
      name: `env-${i}`,
      type: TYPES[i % TYPES.length] as EnvironmentType,
      callsInternet: i % 3 === 0,
      policyIds: [`pol-${i % POLICIES}`],
      resourceIds: [`res-${i % RESOURCES}`],
    }),
  );
  const policies = Array.from({ length: POLICIES }, (_, p) =>
    createPolicy({ id: `pol-${p}`, name: `ep-${p}`, subnetIds: [`snet-${2 * p}-0`, `snet-${2 * p + 1}-0`] }),
  );
  const natGateways = Array.from({ length: delegatedVnets }, (_, i) =>
    createNatGateway({ id: `nat-${i}`, region: i % 2 === 0 ? 'eastus' : 'westus' }),
  );
  const nsgs = Array.from({ length: NSGS }, (_, i) =>
    createNsg({ id: `nsg-${i}`, region: i % 2 === 0 ? 'eastus' : 'westus' }),
  );
  const routeTables = Array.from({ length: ROUTE_TABLES }, (_, i) =>
    createRouteTable({ id: `rt-${i}`, region: i % 2 === 0 ? 'eastus' : 'westus' }),
  );
  column(
    0,
    environments.map((e) => e.id),
    NODE_SIZE.environment.height,
  );
  column(
    300,
    policies.map((p) => p.id),
    NODE_SIZE.policy.height,
  );
  column(
    600,
    [...natGateways, ...nsgs, ...routeTables].map((x) => x.id),
    NODE_SIZE.natGateway.height,
  );
  column(920, [...resources.map((r) => r.id), 'zone-sql'], NODE_SIZE.resource.height);
  return createDesign({
    id: 'studio-bench',
    name: 'Studio benchmark design',
    environments,
    policies,
    vnets,
    subnets,
    peerings,
    natGateways,
    nsgs,
    routeTables,
    resources,
    privateDnsZones: [
      createPrivateDnsZone({ id: 'zone-sql', vnetIds: vnets.slice(0, delegatedVnets).map((v) => v.id) }),
    ],
    layout,
  });
}

/** How many nodes the canvas draws for a design: one per object of a kind the canvas shows. */
export function canvasObjectCount(d: Design): number {
  return (
    d.environments.length +
    d.policies.length +
    d.vnets.length +
    d.subnets.length +
    d.natGateways.length +
    d.nsgs.length +
    d.routeTables.length +
    d.resources.length +
    d.privateDnsZones.length
  );
}
