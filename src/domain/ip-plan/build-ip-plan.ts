import { blockSize, ipToNumber, numberToIp, tryParseCidr } from '../ip/cidr';
import { type DesignIndex, indexDesign } from '../model/design-index';
import { type HubKind, type HubObject, hostSubnet } from '../model/hub-hosts';
import { firewallKindLabel } from '../model/hub-objects';
import { kinds } from '../model/kinds';
import type { Design, Subnet, VirtualNetwork } from '../model/schema';
import { computeUsage } from '../usage/compute-usage';
import type { SubnetUsage } from '../usage/types';
import type { IpPlanRow } from './types';

export interface IpPlanOptions {
  /** Add a row for every unallocated block of each VNet's address space (default false). */
  includeFree?: boolean;
}

function nameOf(map: ReadonlyMap<string, { name: string }>, id: string | undefined): string {
  if (id === undefined) return '';
  // A dangling reference is shown as its id so the gap is visible rather than silently blank.
  return map.get(id)?.name ?? id;
}

function subnetRow(
  subnet: Subnet,
  vnet: VirtualNetwork | undefined,
  usage: SubnetUsage | undefined,
  index: DesignIndex,
  hubObjects: ReadonlyMap<string, string[]>,
): IpPlanRow {
  const demand = usage?.demand;
  const envIds = demand ? [...demand.environments.map((e) => e.id), ...demand.uncountedEnvironmentIds] : [];
  return {
    id: subnet.id,
    kind: 'subnet',
    vnetId: subnet.vnetId,
    subnetId: subnet.id,
    kindLabel: kinds.subnet.label.one,
    vnet: vnet?.name ?? subnet.vnetId,
    region: vnet?.region ?? '',
    addressSpace: vnet?.addressPrefixes.join(' ') ?? '',
    subnet: subnet.name,
    prefix: subnet.prefix,
    ipv6Prefix: subnet.ipv6Prefix?.trim() ?? '',
    firstUsable: usage?.firstUsable,
    lastUsable: usage?.lastUsable,
    addresses: usage?.valid ? usage.size : undefined,
    usable: usage?.valid ? usage.usable : undefined,
    delegation: subnet.delegations.join(', '),
    natGateway: nameOf(index.natGateways, subnet.natGatewayId),
    nsg: nameOf(index.nsgs, subnet.nsgId),
    routeTable: nameOf(index.routeTables, subnet.routeTableId),
    environments: envIds.map((id) => nameOf(index.environments, id)).join('; '),
    demand: demand?.estimated,
    headroom: usage?.valid ? demand?.headroom : undefined,
    hubObjects: (hubObjects.get(subnet.id) ?? []).join('; '),
  };
}

/** The hub objects each subnet hosts, by subnet id, as "name (kind)" in design order. */
function hubObjectsBySubnet(design: Design, index: DesignIndex): Map<string, string[]> {
  const bySubnet = new Map<string, string[]>();
  const add = (kind: HubKind, object: HubObject, label: string) => {
    const host = hostSubnet({ subnets: index.subnetsByVnet.get(object.vnetId) ?? [] }, kind, object);
    if (!host) return;
    const list = bySubnet.get(host.id) ?? [];
    list.push(`${object.name} (${label})`);
    bySubnet.set(host.id, list);
  };
  for (const f of design.firewalls) add('firewall', f, firewallKindLabel(f));
  for (const g of design.gateways) add('gateway', g, `${g.type === 'Vpn' ? 'VPN' : 'ExpressRoute'} gateway`);
  for (const b of design.bastions) add('bastion', b, kinds.bastion.label.one);
  return bySubnet;
}

function freeRow(vnet: VirtualNetwork, prefix: string): IpPlanRow {
  const cidr = tryParseCidr(prefix);
  const size = cidr ? blockSize(cidr.prefixLength) : undefined;
  return {
    id: `free:${vnet.id}:${prefix}`,
    kind: 'free',
    vnetId: vnet.id,
    subnetId: undefined,
    kindLabel: 'Free',
    vnet: vnet.name,
    region: vnet.region,
    addressSpace: vnet.addressPrefixes.join(' '),
    subnet: '',
    prefix,
    ipv6Prefix: '',
    firstUsable: cidr ? numberToIp(cidr.start) : undefined,
    lastUsable: cidr && size ? numberToIp(cidr.start + size - 1) : undefined,
    addresses: size,
    usable: undefined,
    delegation: '',
    natGateway: '',
    nsg: '',
    routeTable: '',
    environments: '',
    demand: undefined,
    headroom: undefined,
    hubObjects: '',
  };
}

/** Start address for ordering; unparsable prefixes go last. */
function startOf(prefix: string): number {
  const slash = prefix.indexOf('/');
  return ipToNumber((slash === -1 ? prefix : prefix.slice(0, slash)).trim()) ?? Number.POSITIVE_INFINITY;
}

const cache = { subnets: new WeakMap<Design, IpPlanRow[]>(), withFree: new WeakMap<Design, IpPlanRow[]>() };

/**
 * The design's IP plan: for each VNet in design order, its subnets (and free blocks when asked) in
 * address order; then subnets whose VNet is missing. Figures come from the IP usage model. Memoized on
 * the design object (designs are immutable); callers get a fresh array they may sort.
 */
export function buildIpPlan(design: Design, options: IpPlanOptions = {}): IpPlanRow[] {
  const memo = options.includeFree ? cache.withFree : cache.subnets;
  const hit = memo.get(design);
  if (hit) return [...hit];
  // Rows are shared between callers: frozen so no caller can change another's view.
  const rows = planRows(design, options).map((r) => Object.freeze(r));
  memo.set(design, rows);
  return [...rows];
}

function planRows(design: Design, options: IpPlanOptions): IpPlanRow[] {
  const index = indexDesign(design);
  const usage = computeUsage(design);
  const hubObjects = hubObjectsBySubnet(design, index);
  const rows: IpPlanRow[] = [];
  const seenVnets = new Set<string>();
  for (const vnet of design.vnets) {
    if (seenVnets.has(vnet.id)) continue;
    seenVnets.add(vnet.id);
    const vnetRows = (index.subnetsByVnet.get(vnet.id) ?? [])
      .filter((s) => index.subnets.get(s.id) === s)
      .map((s) => subnetRow(s, vnet, usage.subnets.get(s.id), index, hubObjects));
    if (options.includeFree)
      for (const free of usage.byVnet.get(vnet.id)?.freeRanges ?? []) vnetRows.push(freeRow(vnet, free));
    // Stable sort: equal starts keep design order (a subnet before the free block it cannot share).
    vnetRows.sort((a, b) => startOf(a.prefix) - startOf(b.prefix) || 0);
    rows.push(...vnetRows);
  }
  for (const subnet of design.subnets) {
    if (seenVnets.has(subnet.vnetId) || index.subnets.get(subnet.id) !== subnet) continue;
    rows.push(subnetRow(subnet, undefined, usage.subnets.get(subnet.id), index, hubObjects));
  }
  return rows;
}
