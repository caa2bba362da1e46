import type { Design } from '../../model/schema';

/** Design objects that become ARM resources (environments, private resources and DNS zones do not). */
const deployableCollections = [
  'policies',
  'vnets',
  'peerings',
  'natGateways',
  'nsgs',
  'routeTables',
  'gateways',
  'bastions',
] as const;

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
    for (const c of deployableCollections) for (const o of design[c]) included.add(o.id);
    for (const s of design.subnets) included.add(s.id);
    for (const e of design.environments) included.add(e.id);
    for (const f of design.firewalls) if (f.kind === 'AzureFirewall') included.add(f.id);
    return { included, unknown: [], notDeployable: [] };
  }
  const unknown: string[] = [];
  const notDeployable: string[] = [];
  const subnetsById = new Map(design.subnets.map((s) => [s.id, s]));
  const peeringsById = new Map(design.peerings.map((p) => [p.id, p]));
  const known = new Set<string>();
  for (const c of deployableCollections) for (const o of design[c]) known.add(o.id);
  for (const f of design.firewalls) if (f.kind === 'AzureFirewall') known.add(f.id);
  const environments = new Set(design.environments.map((e) => e.id));
  const other = new Set(
    [...design.resources, ...design.privateDnsZones, ...design.firewalls.filter((f) => f.kind === 'NVA')].map(
      (o) => o.id,
    ),
  );
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
  for (const o of [...design.firewalls, ...design.gateways, ...design.bastions])
    if (included.has(o.id)) included.add(o.vnetId);
  for (const s of design.subnets) if (included.has(s.vnetId)) included.add(s.id);
  return { included, unknown, notDeployable };
}
