import { indexDesign } from '../../model/design-index';
import type { Design } from '../../model/schema';

/** "virtual network "hub"": how warnings and comments name a design object. */
export function describeObject(design: Design, id: string): string {
  const i = indexDesign(design);
  const named = (label: string, o: { name: string } | undefined) => (o ? `${label} "${o.name}"` : undefined);
  return (
    named('virtual network', i.vnets.get(id)) ??
    named('subnet', i.subnets.get(id)) ??
    named('enterprise policy', i.policies.get(id)) ??
    named('network security group', i.nsgs.get(id)) ??
    named('route table', i.routeTables.get(id)) ??
    named('NAT gateway', i.natGateways.get(id)) ??
    named('environment', i.environments.get(id)) ??
    named('private resource', i.resources.get(id)) ??
    named('private DNS zone', i.privateDnsZones.get(id)) ??
    (i.peerings.has(id) ? `peering "${id}"` : `"${id}"`)
  );
}
