/**
 * A deterministic design of about 500 canvas objects for the studio benchmark: environments, policies,
 * delegated and data VNets with subnets, NAT gateways, NSGs, route tables, private resources and a DNS
 * zone, laid out in a compact grid so that the whole design fits in the view at the canvas' lowest zoom
 * (the canvas only renders the objects in view on large designs).
 */

import { nodeKinds } from '../src/canvas/canvas-kinds';
import { collectionOfKind, NODE_SIZE, VNET } from '../src/canvas/geometry';
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

/** One block's objects, with ids and names suffixed for blocks after the first. */
interface Block {
  environments: Design['environments'];
  policies: Design['policies'];
  vnets: VirtualNetwork[];
  subnets: Subnet[];
  peerings: Design['peerings'];
  natGateways: Design['natGateways'];
  nsgs: Design['nsgs'];
  routeTables: Design['routeTables'];
  resources: Design['resources'];
  privateDnsZones: Design['privateDnsZones'];
  layout: Record<string, Position>;
}

/** Width and height of one block on the canvas, with the gap to the next. */
const BLOCK_SPACING = { x: 7000, y: 3600 };

/**
 * Builds the benchmark design; always the same design. `blocks` repeats the 511-object block (with its
 * own ids, names and address ranges) in a near-square grid: 4 blocks make 2,044 objects, 9 make 4,599
 * (a tenth would pass the share link's 5,000 layout items).
 */
export function createStudioBenchDesign(blocks = 1): Design {
  const parts = Array.from({ length: blocks }, (_, b) => createBlock(b));
  const columns = Math.ceil(Math.sqrt(blocks));
  const layout: Record<string, Position> = {};
  parts.forEach((part, b) => {
    const dx = (b % columns) * BLOCK_SPACING.x;
    const dy = Math.floor(b / columns) * BLOCK_SPACING.y;
    const vnetIds = new Set(part.vnets.map((v) => v.id));
    for (const [id, p] of Object.entries(part.layout)) {
      // Subnet positions are relative to their VNet; everything else moves with the block.
      const top = !id.startsWith('snet-') || vnetIds.has(id);
      layout[id] = top ? { ...p, x: p.x + dx, y: p.y + dy } : p;
    }
  });
  const all = <K extends Exclude<keyof Block, 'layout'>>(k: K) =>
    parts.flatMap((p) => p[k] as Block[K][number][]);
  return createDesign({
    id: 'studio-bench',
    name: blocks === 1 ? 'Studio benchmark design' : `Studio benchmark design ×${blocks}`,
    environments: all('environments'),
    policies: all('policies'),
    vnets: all('vnets'),
    subnets: all('subnets'),
    peerings: all('peerings'),
    natGateways: all('natGateways'),
    nsgs: all('nsgs'),
    routeTables: all('routeTables'),
    resources: all('resources'),
    privateDnsZones: all('privateDnsZones'),
    layout,
  });
}

function createBlock(block: number): Block {
  /** Ids and names of the first block are the original ones. */
  const k = (id: string) => (block === 0 ? id : `${id}-b${block}`);
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
    const base = TEN + (block * (delegatedVnets + DATA_VNETS) + i) * 4096;
    vnets.push(
      createVnet({
        id: k(`vnet-${i}`),
        name: k(delegated ? `vnet-pp-${i}` : `vnet-data-${i}`),
        region: delegated ? (i % 2 === 0 ? 'eastus' : 'westus') : 'centralus',
        addressPrefixes: [formatCidr(cidrFromNumber(base, 20))],
      }),
    );
    layout[k(`vnet-${i}`)] = {
      x: vnetLeft + (i % GRID_COLUMNS) * (vnetWidth + 60),
      y: Math.floor(i / GRID_COLUMNS) * (vnetHeight + 60),
      width: vnetWidth,
      height: vnetHeight,
    };
    for (let s = 0; s < SUBNETS_PER_VNET; s++) {
      const id = k(`snet-${i}-${s}`);
      const common = {
        id,
        vnetId: k(`vnet-${i}`),
        name: `snet-${s}`,
        prefix: formatCidr(cidrFromNumber(base + s * 256, 24)),
      };
      subnets.push(
        delegated && s === 0
          ? createDelegatedSubnet({
              ...common,
              natGatewayId: k(`nat-${i}`),
              nsgId: k(`nsg-${i % NSGS}`),
              routeTableId: k(`rt-${i % ROUTE_TABLES}`),
            })
          : createSubnet({ ...common, ...(s === 1 ? { nsgId: k(`nsg-${i % NSGS}`) } : {}) }),
      );
      layout[id] = {
        x: VNET.padding + (s % 2) * subnetCell.w,
        y: VNET.header + Math.floor(s / 2) * subnetCell.h,
      };
    }
  }
  const peerings = [];
  for (let p = 0; p < delegatedVnets; p++) {
    const data = delegatedVnets + (p % DATA_VNETS);
    peerings.push(createPeering({ id: k(`peer-${p}`), vnetAId: k(`vnet-${p}`), vnetBId: k(`vnet-${data}`) }));
  }
  // Columns left of the VNet grid: environments, policies, NAT/NSG/route tables, resources.
  const column = (x: number, ids: readonly string[], height: number) =>
    ids.forEach((id, row) => {
      layout[id] = { x, y: row * (height + 20) };
    });
  const resources = Array.from({ length: RESOURCES }, (_, r) =>
    createResource({
      id: k(`res-${r}`),
      name: k(`sql-${r}`),
      placement: {
        type: 'subnet',
        subnetId: k(`snet-${delegatedVnets + (r % DATA_VNETS)}-2`),
        privateEndpoint: true,
      },
      privateDnsZoneId: k('zone-sql'),
    }),
  );
  const environments = Array.from({ length: ENVIRONMENTS }, (_, i) =>
    createEnvironment({
      id: k(`env-${i}`),
      name: k(`env-${i}`),
      type: TYPES[i % TYPES.length] as EnvironmentType,
      callsInternet: i % 3 === 0,
      policyIds: [k(`pol-${i % POLICIES}`)],
      resourceIds: [k(`res-${i % RESOURCES}`)],
    }),
  );
  const policies = Array.from({ length: POLICIES }, (_, p) =>
    createPolicy({
      id: k(`pol-${p}`),
      name: k(`ep-${p}`),
      subnetIds: [k(`snet-${2 * p}-0`), k(`snet-${2 * p + 1}-0`)],
    }),
  );
  const natGateways = Array.from({ length: delegatedVnets }, (_, i) =>
    createNatGateway({ id: k(`nat-${i}`), region: i % 2 === 0 ? 'eastus' : 'westus' }),
  );
  const nsgs = Array.from({ length: NSGS }, (_, i) =>
    createNsg({ id: k(`nsg-${i}`), region: i % 2 === 0 ? 'eastus' : 'westus' }),
  );
  const routeTables = Array.from({ length: ROUTE_TABLES }, (_, i) =>
    createRouteTable({ id: k(`rt-${i}`), region: i % 2 === 0 ? 'eastus' : 'westus' }),
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
  column(920, [...resources.map((r) => r.id), k('zone-sql')], NODE_SIZE.resource.height);
  return {
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
      createPrivateDnsZone({
        id: k('zone-sql'),
        ...(block === 0 ? {} : { name: `b${block}.privatelink.database.windows.net` }),
        vnetIds: vnets.slice(0, delegatedVnets).map((v) => v.id),
      }),
    ],
    layout,
  };
}

/** How many nodes the canvas draws for a design: one per object of a kind the canvas shows. */
export function canvasObjectCount(d: Design): number {
  return nodeKinds.reduce((n, k) => n + d[collectionOfKind[k]].length, 0);
}
