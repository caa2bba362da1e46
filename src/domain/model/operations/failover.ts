/**
 * "Add the failover twin": for a policy in a paired geography that references one delegated subnet,
 * create the VNet in the other region of the pair with an equal-size delegated subnet, wire it to the
 * policy as the secondary subnet, and mirror what failover needs (peerings, DNS servers, private DNS
 * links, a NAT gateway, NSG and route table in the twin region).
 */
import { findGeography, isPaired, twinRegion } from '../../catalog/regions';
import { cidrFromNumber, formatCidr, tryParseCidr } from '../../ip/cidr';
import { createPeering } from '../factories';
import { collectIds, nextId } from '../ids';
import { DELEGATION_ENTERPRISE_POLICIES, type Design, type Subnet } from '../schema';
import { suggestVnetSpace } from './allocate';

export type FailoverResult =
  | { ok: true; design: Design; vnetId: string; subnetId: string }
  | { ok: false; reason: string };

/** Replaces the region identifier inside a name (`vnet-pp-eastus` → `vnet-pp-westus`), or appends it. */
function twinName(name: string, from: string, to: string): string {
  const i = name.toLowerCase().indexOf(from.toLowerCase());
  if (i !== -1) return name.slice(0, i) + to + name.slice(i + from.length);
  return `${name}-${to}`;
}

/** Adds the twin of the policy's only subnet. `target` is a policy id or the id of its delegated subnet. */
export function addFailoverTwin(design: Design, target: string): FailoverResult {
  const policy =
    design.policies.find((p) => p.id === target) ?? design.policies.find((p) => p.subnetIds.includes(target));
  if (!policy) return { ok: false, reason: 'Select an enterprise policy or one of its delegated subnets.' };
  const geography = findGeography(policy.location);
  if (!geography)
    return { ok: false, reason: `The policy location “${policy.location}” is not a supported geography.` };
  if (!isPaired(geography))
    return { ok: false, reason: `${geography.label} uses a single region: there is no twin.` };
  if (policy.subnetIds.length !== 1) {
    return {
      ok: false,
      reason:
        policy.subnetIds.length === 0
          ? 'Connect the policy to its primary delegated subnet first.'
          : 'The policy already references two subnets.',
    };
  }
  const subnet = design.subnets.find((s) => s.id === policy.subnetIds[0]);
  const vnet = subnet && design.vnets.find((v) => v.id === subnet.vnetId);
  if (!subnet || !vnet) return { ok: false, reason: 'The policy’s subnet is missing.' };
  const region = twinRegion(geography, vnet.region);
  if (!region)
    return {
      ok: false,
      reason: `${vnet.name} is in ${vnet.region}, which is not in an allowed pair for ${geography.label}.`,
    };

  const vnetSpace = tryParseCidr(vnet.addressPrefixes[0] ?? '');
  const subnetCidr = tryParseCidr(subnet.prefix);
  if (!vnetSpace || !subnetCidr)
    return { ok: false, reason: 'Fix the address prefixes of the primary VNet and subnet first.' };
  const space = suggestVnetSpace(design, vnetSpace.prefixLength);
  const newSpace = space && tryParseCidr(space);
  if (!newSpace) return { ok: false, reason: 'No free private address space is left for the twin VNet.' };

  const taken = collectIds(design);
  const take = (prefix: string) => {
    const id = nextId(design, prefix, taken);
    taken.add(id);
    return id;
  };
  const vnetId = take('vnet');
  const subnetId = take('subnet');
  // Same offset inside the new space keeps the plan easy to read (10.10.0.0/24 ↔ 10.20.0.0/24).
  const twinPrefix = formatCidr(
    cidrFromNumber(newSpace.start + (subnetCidr.start - vnetSpace.start), subnetCidr.prefixLength),
  );

  const next: Design = { ...design };
  const twinSubnet: Subnet = {
    id: subnetId,
    vnetId,
    name: subnet.name,
    prefix: twinPrefix,
    delegations: [DELEGATION_ENTERPRISE_POLICIES],
    occupants: [],
  };
  /** Copies a regional resource (NAT gateway, NSG, route table) into the twin region. */
  const mirror = <T extends { id: string; name: string; region: string }>(
    list: T[],
    id: string | undefined,
    prefix: string,
  ) => {
    const original = id === undefined ? undefined : list.find((x) => x.id === id);
    if (!original) return { list, id: undefined };
    const copyId = take(prefix);
    return {
      list: [
        ...list,
        { ...original, id: copyId, name: twinName(original.name, original.region, region), region },
      ],
      id: copyId,
    };
  };
  const nat = mirror(design.natGateways, subnet.natGatewayId, 'nat');
  const nsg = mirror(design.nsgs, subnet.nsgId, 'nsg');
  const rt = mirror(design.routeTables, subnet.routeTableId, 'rt');
  next.natGateways = nat.list;
  next.nsgs = nsg.list;
  next.routeTables = rt.list;
  if (nat.id) twinSubnet.natGatewayId = nat.id;
  if (nsg.id) twinSubnet.nsgId = nsg.id;
  if (rt.id) twinSubnet.routeTableId = rt.id;

  // The twin gets the same DNS servers (DNS001) but no gateway or firewall of its own (those are objects
  // of their own, not copied).
  const vnetBase = vnet;
  next.vnets = [
    ...design.vnets,
    {
      ...vnetBase,
      id: vnetId,
      name: twinName(vnet.name, vnet.region, region),
      region,
      addressPrefixes: [space as string],
    },
  ];
  next.subnets = [...design.subnets, twinSubnet];
  next.policies = design.policies.map((p) =>
    p.id === policy.id ? { ...p, subnetIds: [...p.subnetIds, subnetId] } : p,
  );
  next.peerings = [
    ...design.peerings,
    ...design.peerings
      .filter((p) => p.vnetAId === vnet.id || p.vnetBId === vnet.id)
      .map((p) =>
        createPeering({
          id: take('peering'),
          vnetAId: vnetId,
          vnetBId: p.vnetAId === vnet.id ? p.vnetBId : p.vnetAId,
          aToB: p.vnetAId === vnet.id ? p.aToB : p.bToA,
          bToA: p.vnetAId === vnet.id ? p.bToA : p.aToB,
        }),
      ),
  ];
  next.privateDnsZones = design.privateDnsZones.map((z) =>
    z.vnetIds.includes(vnet.id) ? { ...z, vnetIds: [...z.vnetIds, vnetId] } : z,
  );
  const at = design.layout[vnet.id];
  const subAt = design.layout[subnet.id];
  next.layout = {
    ...design.layout,
    ...(at ? { [vnetId]: { ...at, y: at.y + (at.height ?? 200) + 60 } } : {}),
    ...(subAt ? { [subnetId]: subAt } : {}),
  };
  return { ok: true, design: next, vnetId, subnetId };
}
