/**
 * What the palette's buttons do, as pure functions of the design and the selection: each returns the
 * next design and what to select, or the reason it cannot be done. Defaults come from the context (the
 * selected VNet, the selected or only policy) so that a new object usually needs no editing.
 */
import { nextSpot, nextSubnetSpot } from '../../canvas/placement';
import { findGeography, regionLabel } from '../../domain/catalog/regions';
import { tryParseCidr } from '../../domain/ip/cidr';
import {
  createEnvironment,
  createNatGateway,
  createNsg,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createRouteTable,
  createSubnet,
  createVnet,
} from '../../domain/model/factories';
import { nextId } from '../../domain/model/ids';
import {
  addEntity,
  addFailoverTwin,
  connect,
  findEntity,
  suggestSubnetPrefix,
  suggestVnetSpace,
} from '../../domain/model/operations';
import type { Design, EnterprisePolicy, PrivateResource } from '../../domain/model/schema';

export type AddResult =
  | { ok: true; design: Design; select: string[]; message: string }
  | { ok: false; reason: string };

export type ResourceKind = PrivateResource['kind'];
export type AddKind =
  | 'environment'
  | 'policy'
  | 'vnet'
  | 'subnet'
  | 'natGateway'
  | 'nsg'
  | 'routeTable'
  | `resource:${ResourceKind}`
  | 'dnsZone';

const DEFAULT_REGION = 'eastus';
const DEFAULT_LOCATION = 'unitedstates';

/** A name not yet used by objects of the list (`base`, then `base-2`, `base-3`, ...). */
function uniqueName(base: string, taken: ReadonlyArray<{ name: string }>): string {
  const names = new Set(taken.map((t) => t.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The VNet the selection points at: a selected VNet, a selected subnet's VNet, or the only VNet. */
export function contextVnet(design: Design, selection: readonly string[]): string | undefined {
  for (const id of selection) {
    if (design.vnets.some((v) => v.id === id)) return id;
    const subnet = design.subnets.find((s) => s.id === id);
    if (subnet) return subnet.vnetId;
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

const zoneByKind: Record<ResourceKind, string> = {
  Sql: 'privatelink.database.windows.net',
  Storage: 'privatelink.blob.core.windows.net',
  KeyVault: 'privatelink.vaultcore.azure.net',
  Api: 'privatelink.azure-api.net',
  OnPremises: 'privatelink.database.windows.net',
  Other: 'privatelink.database.windows.net',
};

const resourceBase: Record<ResourceKind, string> = {
  Sql: 'sql',
  Storage: 'st',
  KeyVault: 'kv',
  Api: 'api',
  OnPremises: 'onprem',
  Other: 'res',
};

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
      const id = nextId(design, 'env');
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
      const id = nextId(design, 'policy');
      const env = design.environments.find((e) => selection.includes(e.id)) ?? design.environments[0];
      const location = findGeography(env?.geography ?? DEFAULT_LOCATION)?.policyLocation ?? DEFAULT_LOCATION;
      const name = uniqueName(`ep-${location}`, design.policies);
      const policy = createPolicy({ id, name, location });
      return done(addEntity(design, 'policies', policy, nextSpot(design, 'policy')), id, `Added ${name}.`);
    }
    case 'vnet': {
      const space = suggestVnetSpace(design);
      if (!space) return { ok: false, reason: 'No free private address space is left for a new VNet.' };
      const id = nextId(design, 'vnet');
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
        const id = nextId(design, 'nat');
        const nat = createNatGateway({ id, name: uniqueName(`nat-${region}`, design.natGateways), region });
        return done(addEntity(design, 'natGateways', nat, spot), id, `Added ${nat.name}.`);
      }
      if (kind === 'nsg') {
        const id = nextId(design, 'nsg');
        const nsg = createNsg({ id, name: uniqueName(`nsg-${region}`, design.nsgs), region });
        return done(addEntity(design, 'nsgs', nsg, spot), id, `Added ${nsg.name}.`);
      }
      const id = nextId(design, 'rt');
      const rt = createRouteTable({ id, name: uniqueName(`rt-${region}`, design.routeTables), region });
      return done(addEntity(design, 'routeTables', rt, spot), id, `Added ${rt.name}.`);
    }
    case 'dnsZone': {
      const id = nextId(design, 'dns');
      const selected = design.resources.find((r) => selection.includes(r.id));
      const wanted = selected ? [zoneByKind[selected.kind]] : Object.values(zoneByKind);
      const name = wanted.find((z) => !design.privateDnsZones.some((x) => x.name === z)) ?? wanted[0] ?? '';
      const zone = createPrivateDnsZone({ id, name });
      return done(
        addEntity(design, 'privateDnsZones', zone, nextSpot(design, 'dnsZone')),
        id,
        `Added ${name}.`,
      );
    }
    default:
      return addResource(design, selection, kind.slice('resource:'.length) as ResourceKind);
  }
}

function addResource(design: Design, selection: readonly string[], kind: ResourceKind): AddResult {
  const id = nextId(design, resourceBase[kind]);
  const name = uniqueName(`${resourceBase[kind]}-${design.resources.length + 1}`, design.resources);
  let placement: PrivateResource['placement'];
  if (kind === 'OnPremises') {
    const vnetId =
      contextVnet(design, selection) ?? design.vnets.find((v) => v.gateway)?.id ?? design.vnets[0]?.id;
    if (!vnetId) return { ok: false, reason: 'Add the VNet with the gateway to on-premises first.' };
    placement = { type: 'onPremises', gatewayVnetId: vnetId, addressPrefixes: ['192.168.0.0/16'] };
  } else {
    const vnetId = contextVnet(design, selection);
    const selectedSubnet = design.subnets.find((s) => selection.includes(s.id));
    const candidates = design.subnets.filter((s) => vnetId === undefined || s.vnetId === vnetId);
    const subnet =
      selectedSubnet ??
      candidates.find((s) => s.delegations.length === 0) ??
      design.subnets.find((s) => s.delegations.length === 0);
    if (!subnet) return { ok: false, reason: 'Add a subnet (not delegated) for its private endpoint first.' };
    placement = { type: 'subnet', subnetId: subnet.id, privateEndpoint: true };
  }
  const resource = createResource({ id, name, kind, placement });
  return done(addEntity(design, 'resources', resource, nextSpot(design, 'resource')), id, `Added ${name}.`);
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
  const id = nextId(design, 'subnet');
  const name = uniqueName(
    `snet-${design.subnets.filter((s) => s.vnetId === vnet.id).length + 1}`,
    design.subnets.filter((s) => s.vnetId === vnet.id),
  );
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
