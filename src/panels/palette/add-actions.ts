/**
 * What the palette's buttons do, as pure functions of the design and the selection: each returns the
 * next design and what to select, or the reason it cannot be done. Defaults come from the context (the
 * selected VNet, the selected or only policy) so that a new object usually needs no editing.
 */

import type { NodeKind } from '../../canvas/canvas-kinds';
import { nextSpot, nextSubnetSpot, spotBeside } from '../../canvas/placement';
import { privateDnsZoneByKind as zoneByKind } from '../../domain/catalog/private-dns-zones';
import { findGeography, regionLabel } from '../../domain/catalog/regions';
import { firstUsable, tryParseCidr } from '../../domain/ip/cidr';
import {
  createBastion,
  createEnvironment,
  createFirewall,
  createGateway,
  createNatGateway,
  createNsg,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createRouteTable,
  createSubnet,
  createVnet,
} from '../../domain/model/factories';
import { defaultHubObjectName, type HubKind, hubSubnetName } from '../../domain/model/hub-hosts';
import { nextId } from '../../domain/model/ids';
import { allReferences, kinds, referencedIds } from '../../domain/model/kinds';
import {
  defaultResourceName,
  defaultSubnetName,
  resourceIdBase,
  uniqueName,
} from '../../domain/model/naming';
import {
  addEntity,
  addFailoverTwin,
  connect,
  findEntity,
  suggestSubnetPrefix,
  suggestVnetSpace,
  updateEntity,
} from '../../domain/model/operations';
import type { Design, EnterprisePolicy, PrivateResource } from '../../domain/model/schema';
import { evaluateReach } from '../../domain/reach/evaluate-reach';
import { listNames } from '../../domain/rules/shared/names';
import { specialSubnet } from '../../domain/rules/shared/special-subnets';

export type AddResult =
  | { ok: true; design: Design; select: string[]; message: string }
  | { ok: false; reason: string };

export type ResourceKind = PrivateResource['kind'];
/** What the palette adds: a kind of object, or a private resource of a given resource kind. */
export type AddKind = Exclude<NodeKind, 'resource'> | `resource:${ResourceKind}`;

const DEFAULT_REGION = 'eastus';
const DEFAULT_LOCATION = 'unitedstates';

/** References that put an object inside a VNet (a subnet's, a hub object's `vnetId`), from the registry. */
const insideVnet = allReferences.filter((r) => r.contained === true && r.target === 'vnet');

/**
 * The VNet the selection points at: a selected VNet, the VNet of a selected object drawn inside one (a
 * subnet, a firewall, ...), or the only VNet.
 */
export function contextVnet(design: Design, selection: readonly string[]): string | undefined {
  for (const id of selection) {
    if (design.vnets.some((v) => v.id === id)) return id;
    for (const ref of insideVnet) {
      const holder = (design[kinds[ref.holder].collection] as ReadonlyArray<{ id: string }>).find(
        (o) => o.id === id,
      );
      const vnetId = holder && referencedIds(holder, ref)[0];
      if (vnetId) return vnetId;
    }
  }
  return design.vnets.length === 1 ? design.vnets[0]?.id : undefined;
}

/** The policy the selection points at (a policy, its subnet, its environment), else the first policy. */
function contextPolicy(design: Design, selection: readonly string[]): EnterprisePolicy | undefined {
  for (const id of selection) {
    const p =
      design.policies.find((x) => x.id === id) ??
      design.policies.find((x) => x.subnetIds.includes(id)) ??
      design.policies.find((x) => design.environments.some((e) => e.id === id && e.policyIds.includes(x.id)));
    if (p) return p;
  }
  return design.policies[0];
}

/** A region for a new VNet: the policy geography's first region not yet holding one of its subnets. */
function vnetRegion(design: Design, selection: readonly string[]): string {
  const policy = contextPolicy(design, selection);
  const geography = policy && findGeography(policy.location);
  if (!geography) return design.vnets[0]?.region ?? DEFAULT_REGION;
  const used = new Set(
    policy.subnetIds
      .map((s) => design.subnets.find((x) => x.id === s)?.vnetId)
      .map((v) => design.vnets.find((x) => x.id === v)?.region),
  );
  const pair = geography.pairs.find((p) => p.some((r) => used.has(r))) ?? geography.pairs[0] ?? [];
  return pair.find((r) => !used.has(r)) ?? pair[0] ?? DEFAULT_REGION;
}

function contextRegion(design: Design, selection: readonly string[]): string {
  const vnetId = contextVnet(design, selection);
  return design.vnets.find((v) => v.id === vnetId)?.region ?? design.vnets[0]?.region ?? DEFAULT_REGION;
}

const done = (design: Design, id: string, message: string): AddResult => ({
  ok: true,
  design,
  select: [id],
  message,
});

/** Adds one object of the given kind with defaults from the selection. */
export function addObject(design: Design, selection: readonly string[], kind: AddKind): AddResult {
  switch (kind) {
    case 'environment': {
      const id = nextId(design, kinds.environment.idPrefix);
      const policy = contextPolicy(design, selection);
      const geography =
        findGeography(policy?.location ?? DEFAULT_LOCATION)?.policyLocation ?? DEFAULT_LOCATION;
      const name = uniqueName(`Environment ${design.environments.length + 1}`, design.environments);
      const env = createEnvironment({ id, name, geography });
      return done(
        addEntity(design, 'environments', env, nextSpot(design, 'environment')),
        id,
        `Added ${name}.`,
      );
    }
    case 'policy': {
      const id = nextId(design, kinds.policy.idPrefix);
      const env = design.environments.find((e) => selection.includes(e.id)) ?? design.environments[0];
      const location = findGeography(env?.geography ?? DEFAULT_LOCATION)?.policyLocation ?? DEFAULT_LOCATION;
      const name = uniqueName(`ep-${location}`, design.policies);
      const policy = createPolicy({ id, name, location });
      return done(addEntity(design, 'policies', policy, nextSpot(design, 'policy')), id, `Added ${name}.`);
    }
    case 'vnet': {
      const space = suggestVnetSpace(design);
      if (!space) return { ok: false, reason: 'No free private address space is left for a new VNet.' };
      const id = nextId(design, kinds.vnet.idPrefix);
      const region = vnetRegion(design, selection);
      const name = uniqueName(`vnet-${region}`, design.vnets);
      const vnet = createVnet({ id, name, region, addressPrefixes: [space] });
      return done(
        addEntity(design, 'vnets', vnet, nextSpot(design, 'vnet')),
        id,
        `Added ${name} (${space}) in ${regionLabel(region)}.`,
      );
    }
    case 'subnet':
      return addSubnet(design, selection, 24);
    case 'natGateway':
    case 'nsg':
    case 'routeTable': {
      const region = contextRegion(design, selection);
      const spot = nextSpot(design, kind);
      if (kind === 'natGateway') {
        const id = nextId(design, kinds.natGateway.idPrefix);
        const nat = createNatGateway({ id, name: uniqueName(`nat-${region}`, design.natGateways), region });
        return done(addEntity(design, 'natGateways', nat, spot), id, `Added ${nat.name}.`);
      }
      if (kind === 'nsg') {
        const id = nextId(design, kinds.nsg.idPrefix);
        const nsg = createNsg({ id, name: uniqueName(`nsg-${region}`, design.nsgs), region });
        return done(addEntity(design, 'nsgs', nsg, spot), id, `Added ${nsg.name}.`);
      }
      const id = nextId(design, kinds.routeTable.idPrefix);
      const rt = createRouteTable({ id, name: uniqueName(`rt-${region}`, design.routeTables), region });
      return done(addEntity(design, 'routeTables', rt, spot), id, `Added ${rt.name}.`);
    }
    case 'dnsZone':
      return addDnsZone(design, selection);
    case 'firewall':
    case 'gateway':
    case 'bastion':
      return addHubObject(design, selection, kind);
    default:
      return addResource(design, selection, kind.slice('resource:'.length) as ResourceKind);
  }
}

/** The size a hub object's subnet gets when the palette creates it: the smallest Azure recommends. */
const hubSubnetLength = (name: string): number => {
  const special = specialSubnet(name);
  return special?.recommendedPrefix ?? special?.minPrefix ?? 26;
};

/**
 * Adds an Azure Firewall, a VPN gateway or a Bastion host to the context VNet. Its subnet
 * (AzureFirewallSubnet, GatewaySubnet, AzureBastionSubnet) is created with it, in the same step, when
 * the VNet lacks it and has a free block of the recommended size; otherwise the object is added alone
 * and NET013 says what is missing. A new firewall takes its subnet's first usable address (x.x.x.4).
 */
function addHubObject(design: Design, selection: readonly string[], kind: HubKind): AddResult {
  const vnetId = contextVnet(design, selection);
  const vnet = design.vnets.find((v) => v.id === vnetId);
  if (!vnet) return { ok: false, reason: 'Select a VNet (or one of its subnets) first.' };
  const subnetName = hubSubnetName[kind];
  let next = design;
  let subnet = design.subnets.find((s) => s.vnetId === vnet.id && s.name.trim() === subnetName);
  let created = '';
  if (!subnet) {
    const prefix = suggestSubnetPrefix(design, vnet.id, hubSubnetLength(subnetName));
    if (prefix) {
      subnet = createSubnet({
        id: nextId(design, kinds.subnet.idPrefix),
        vnetId: vnet.id,
        name: subnetName,
        prefix,
      });
      next = addEntity(design, 'subnets', subnet, nextSubnetSpot(design, vnet.id));
      created = ` and its ${subnetName} (${prefix})`;
    }
  }
  const id = nextId(next, kinds[kind].idPrefix);
  const name = defaultHubObjectName(next, kind, vnet.id);
  const cidr = subnet ? tryParseCidr(subnet.prefix) : undefined;
  const ip = (cidr && firstUsable(cidr)) ?? '';
  if (kind === 'firewall')
    next = addEntity(next, 'firewalls', createFirewall({ id, vnetId: vnet.id, name, privateIp: ip }));
  else if (kind === 'gateway')
    next = addEntity(next, 'gateways', createGateway({ id, vnetId: vnet.id, name }));
  else next = addEntity(next, 'bastions', createBastion({ id, vnetId: vnet.id, name }));
  const missing = subnet ? '' : ` ${vnet.name} has no ${subnetName} and no free block for one.`;
  return done(next, id, `Added ${name}${created} to ${vnet.name}.${missing}`);
}

/**
 * Adds a private DNS zone. With a private resource selected, it is that resource's zone: the resource
 * points at it and it is linked to every delegated VNet that uses Azure DNS to reach the resource
 * (what REACH004 asks for), so following the finding's advice clears it.
 */
function addDnsZone(design: Design, selection: readonly string[]): AddResult {
  const id = nextId(design, kinds.dnsZone.idPrefix);
  const resource = design.resources.find((r) => selection.includes(r.id));
  const wanted = resource ? [zoneByKind[resource.kind]] : Object.values(zoneByKind);
  const name = wanted.find((z) => !design.privateDnsZones.some((x) => x.name === z)) ?? wanted[0] ?? '';
  const vnetIds = resource ? azureDnsVnetsReaching(design, resource.id) : [];
  const zone = createPrivateDnsZone({ id, name, vnetIds });
  let next = addEntity(design, 'privateDnsZones', zone, spotBeside(design, resource?.id, 'dnsZone'));
  if (!resource) return done(next, id, `Added ${name}.`);
  next = updateEntity(next, 'resources', resource.id, { privateDnsZoneId: id });
  const vnetNames = vnetIds.map((v) => design.vnets.find((x) => x.id === v)?.name ?? v);
  const linked = vnetNames.length > 0 ? ` and linked it to ${listNames(vnetNames)}` : '';
  return done(next, id, `Added ${name} as ${resource.name}'s private DNS zone${linked}.`);
}

/** The delegated VNets that reach the resource and resolve names with Azure DNS (no custom servers). */
function azureDnsVnetsReaching(design: Design, resourceId: string): string[] {
  const out = new Set<string>();
  for (const check of evaluateReach(design)) {
    if (check.resource.id !== resourceId) continue;
    for (const end of check.ends) if (end.vnet.dnsServers.every((s) => s.trim() === '')) out.add(end.vnet.id);
  }
  return [...out];
}

function addResource(design: Design, selection: readonly string[], kind: ResourceKind): AddResult {
  const id = nextId(design, resourceIdBase(kind));
  let placement: PrivateResource['placement'];
  let vnetId: string | undefined;
  let anchor: string | undefined;
  if (kind === 'OnPremises') {
    vnetId = contextVnet(design, selection) ?? design.gateways[0]?.vnetId ?? design.vnets[0]?.id;
    if (!vnetId) return { ok: false, reason: 'Add the VNet with the gateway to on-premises first.' };
    placement = { type: 'onPremises', gatewayVnetId: vnetId, addressPrefixes: ['192.168.0.0/16'] };
    anchor = vnetId;
  } else {
    const contextId = contextVnet(design, selection);
    const selectedSubnet = design.subnets.find((s) => selection.includes(s.id));
    const candidates = design.subnets.filter((s) => contextId === undefined || s.vnetId === contextId);
    const subnet =
      selectedSubnet ??
      candidates.find((s) => s.delegations.length === 0) ??
      design.subnets.find((s) => s.delegations.length === 0);
    if (!subnet) return { ok: false, reason: 'Add a subnet (not delegated) for its private endpoint first.' };
    placement = { type: 'subnet', subnetId: subnet.id, privateEndpoint: true };
    vnetId = subnet.vnetId;
    anchor = subnet.id;
  }
  const name = defaultResourceName(design, kind, vnetId);
  const resource = createResource({ id, name, kind, placement });
  // It appears beside the subnet it sits in, not at the bottom of a far column.
  const where = placement.type === 'subnet' ? placement.subnetId : placement.gatewayVnetId;
  const host =
    placement.type === 'subnet'
      ? design.subnets.find((s) => s.id === where)?.name
      : design.vnets.find((v) => v.id === where)?.name;
  return done(
    addEntity(design, 'resources', resource, spotBeside(design, anchor, 'resource')),
    id,
    `Added ${name} ${placement.type === 'subnet' ? 'in' : 'behind'} ${host ?? where}.`,
  );
}

/** Adds a subnet of the given length in the context VNet, at the lowest free block. */
export function addSubnet(design: Design, selection: readonly string[], prefixLength: number): AddResult {
  const vnetId = contextVnet(design, selection);
  const vnet = design.vnets.find((v) => v.id === vnetId);
  if (!vnet) return { ok: false, reason: 'Select a VNet (or one of its subnets) first.' };
  // A full VNet may still have room for a smaller block.
  let prefix: string | undefined;
  for (let len = prefixLength; len <= 29 && !prefix; len += 1)
    prefix = suggestSubnetPrefix(design, vnet.id, len);
  if (!prefix) return { ok: false, reason: `${vnet.name} has no free address block left.` };
  const id = nextId(design, kinds.subnet.idPrefix);
  const name = defaultSubnetName(design, vnet.id);
  const subnet = createSubnet({ id, vnetId: vnet.id, name, prefix });
  return done(
    addEntity(design, 'subnets', subnet, nextSubnetSpot(design, vnet.id)),
    id,
    `Added ${name} (${prefix}) to ${vnet.name}.`,
  );
}

/** The next free block in the context VNet, the size of the selected (or last) subnet. */
export function addNextFreeSubnet(design: Design, selection: readonly string[]): AddResult {
  const vnetId = contextVnet(design, selection);
  const model =
    design.subnets.find((s) => selection.includes(s.id)) ??
    design.subnets.filter((s) => s.vnetId === vnetId).at(-1);
  const length = (model && tryParseCidr(model.prefix)?.prefixLength) ?? 24;
  return addSubnet(design, selection, length);
}

/** The failover twin of the selected policy (or of the policy of the selected subnet). */
export function addTwin(design: Design, selection: readonly string[]): AddResult {
  const target =
    selection.find((id) => design.policies.some((p) => p.id === id)) ??
    selection.find((id) => design.subnets.some((s) => s.id === id)) ??
    (design.policies.length === 1 ? design.policies[0]?.id : undefined);
  if (!target) return { ok: false, reason: 'Select an enterprise policy or one of its delegated subnets.' };
  const r = addFailoverTwin(design, target);
  if (!r.ok) return r;
  const vnet = r.design.vnets.find((v) => v.id === r.vnetId);
  return {
    ok: true,
    design: r.design,
    select: [r.vnetId, r.subnetId],
    message: `Added the failover twin ${vnet?.name ?? r.vnetId} in ${regionLabel(vnet?.region ?? '')}.`,
  };
}

/**
 * Connects the two selected objects, in the order they were selected: the keyboard's way to draw a
 * connection.
 */
export function connectSelected(design: Design, selection: readonly string[]): AddResult {
  const [a, b] = selection;
  if (selection.length !== 2 || a === undefined || b === undefined)
    return { ok: false, reason: 'Select exactly two objects to connect them.' };
  const r = connect(design, a, b);
  if (!r.ok) return r;
  const name = (id: string) => {
    const e = findEntity(design, id)?.entity;
    return e && 'name' in e ? e.name : id;
  };
  return { ok: true, design: r.design, select: [a, b], message: `Connected ${name(a)} and ${name(b)}.` };
}
