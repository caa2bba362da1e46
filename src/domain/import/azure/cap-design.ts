/** Keeping an imported design inside the format's caps without dangling references. */
import { type Design, LIMITS } from '../../model/schema';
import type { MapContext } from './map-context';

/** Keeps the design inside the format's caps (a design is at most 20,000 objects, 5,000 per list). */
export function capDesign(design: Design, ctx: MapContext): Design {
  let over = false;
  const cap = <T>(list: T[]): T[] => {
    if (list.length <= LIMITS.listItems) return list;
    over = true;
    return list.slice(0, LIMITS.listItems);
  };
  const out: Design = {
    ...design,
    vnets: cap(design.vnets),
    subnets: cap(design.subnets),
    peerings: cap(design.peerings),
    natGateways: cap(design.natGateways),
    nsgs: cap(design.nsgs),
    routeTables: cap(design.routeTables),
    privateDnsZones: cap(design.privateDnsZones),
    policies: cap(design.policies),
  };
  if (!over) return out;
  ctx.warnings.push({
    file: '',
    path: '$',
    message: `More than ${LIMITS.listItems} objects of one kind: the design keeps the first ${LIMITS.listItems}.`,
  });
  return pruneDangling(out);
}

/** Drops references to objects that were left out, so that the design stays loadable. */
function pruneDangling(design: Design): Design {
  const has = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const vnetIds = has(design.vnets);
  const nsgIds = has(design.nsgs);
  const rtIds = has(design.routeTables);
  const natIds = has(design.natGateways);
  const subnets = design.subnets
    .filter((s) => vnetIds.has(s.vnetId))
    .map((s) => {
      const out = { ...s };
      if (out.nsgId && !nsgIds.has(out.nsgId)) delete out.nsgId;
      if (out.routeTableId && !rtIds.has(out.routeTableId)) delete out.routeTableId;
      if (out.natGatewayId && !natIds.has(out.natGatewayId)) delete out.natGatewayId;
      return out;
    });
  const subnetIds = has(subnets);
  return {
    ...design,
    subnets,
    peerings: design.peerings.filter((p) => vnetIds.has(p.vnetAId) && vnetIds.has(p.vnetBId)),
    privateDnsZones: design.privateDnsZones.map((z) => ({
      ...z,
      vnetIds: z.vnetIds.filter((v) => vnetIds.has(v)),
    })),
    policies: design.policies.map((p) => ({ ...p, subnetIds: p.subnetIds.filter((s) => subnetIds.has(s)) })),
  };
}
