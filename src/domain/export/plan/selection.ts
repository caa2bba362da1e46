import {
  allReferences,
  type EntityCollection,
  type Kind,
  kindList,
  kinds,
  referencedIds,
} from '../../model/kinds';
import type { Design } from '../../model/schema';

/** Kinds with an Azure resource type that the exporters do not declare (private DNS zones are linked, not deployed). */
const notExported: ReadonlySet<Kind> = new Set<Kind>(['dnsZone']);

/**
 * How a selection treats each kind, from the registry: `deployable` kinds become ARM resources of
 * their own; a `subnet` is declared by its VNet; `environment`s go along as the policies' link
 * targets; the rest (private resources, DNS zones) are `notDeployable`.
 */
export function selectionRole(kind: Kind): 'deployable' | 'subnet' | 'environment' | 'notDeployable' {
  if (kind === 'subnet' || kind === 'environment') return kind;
  return kinds[kind].azureType !== undefined && !notExported.has(kind) ? 'deployable' : 'notDeployable';
}

const collectionsOf = (role: ReturnType<typeof selectionRole>): readonly EntityCollection[] =>
  kindList.filter((k) => selectionRole(k) === role).map((k) => kinds[k].collection);

/** Design objects that become ARM resources of their own. */
const deployableCollections = collectionsOf('deployable');
/** Design objects without an ARM resource of their own (private resources, DNS zones). */
const notDeployableCollections = collectionsOf('notDeployable');

type Objects = ReadonlyArray<{ id: string }>;

/** An object of a deployable kind that has no ARM resource all the same: a network virtual appliance. */
const isNva = (collection: EntityCollection, o: unknown) =>
  collection === 'firewalls' && (o as { kind?: string }).kind === 'NVA';

/** References that put an object inside its VNet other than a subnet's (hub objects), from the registry. */
const hubInVnet = allReferences.filter(
  (r) => r.contained === true && r.target === 'vnet' && r.holder !== 'subnet',
);

export interface SelectionClosure {
  /** Selected ids plus what they structurally need. */
  included: Set<string>;
  /** Selected ids that name no object of the design. */
  unknown: string[];
  /** Selected objects that have no ARM resource of their own (environments, DNS zones, ...). */
  notDeployable: string[];
}

/**
 * Closes a selection over structural needs: a subnet needs its VNet (a VNet always declares all its
 * subnets, since deploying a VNet with fewer subnets would delete the others), a peering needs the VNets
 * it is a child of. Without a selection, everything is included.
 */
export function closeSelection(design: Design, selection: readonly string[] | undefined): SelectionClosure {
  const included = new Set<string>();
  if (!selection) {
    for (const c of deployableCollections)
      for (const o of design[c] as Objects) if (!isNva(c, o)) included.add(o.id);
    for (const s of design.subnets) included.add(s.id);
    for (const e of design.environments) included.add(e.id);
    return { included, unknown: [], notDeployable: [] };
  }
  const unknown: string[] = [];
  const notDeployable: string[] = [];
  const subnetsById = new Map(design.subnets.map((s) => [s.id, s]));
  const peeringsById = new Map(design.peerings.map((p) => [p.id, p]));
  const known = new Set<string>();
  const other = new Set(notDeployableCollections.flatMap((c) => (design[c] as Objects).map((o) => o.id)));
  for (const c of deployableCollections)
    for (const o of design[c] as Objects) (isNva(c, o) ? other : known).add(o.id);
  const environments = new Set(design.environments.map((e) => e.id));
  for (const id of selection) {
    const subnet = subnetsById.get(id);
    const peering = peeringsById.get(id);
    if (subnet) included.add(subnet.vnetId);
    else if (peering) {
      included.add(peering.id);
      if (peering.aToB) included.add(peering.vnetAId);
      if (peering.bToA) included.add(peering.vnetBId);
    } else if (known.has(id)) included.add(id);
    else if (environments.has(id)) included.add(id);
    else if (other.has(id)) notDeployable.push(id);
    else unknown.push(id);
  }
  // a hub object sits in its VNet's special subnet: it needs its VNet, as a subnet does
  for (const ref of hubInVnet)
    for (const o of design[kinds[ref.holder].collection] as Objects)
      if (included.has(o.id)) for (const vnetId of referencedIds(o, ref)) included.add(vnetId);
  for (const s of design.subnets) if (included.has(s.vnetId)) included.add(s.id);
  return { included, unknown, notDeployable };
}
