/** Keeping an imported design inside the format's caps without dangling references. */
import { formatPath } from '../../model/load';
import { type Design, DesignSchema, LIMITS } from '../../model/schema';
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

/**
 * Shortens any text longer than the design format allows (a 300-character name, an expression left as
 * text where a prefix goes), with one warning per field, so that the design always loads.
 */
export function fitToFormat(design: Design, ctx: MapContext): Design {
  for (let round = 0; round < 5; round++) {
    const parsed = DesignSchema.safeParse(design);
    if (parsed.success) return design;
    let fixed = false;
    for (const issue of parsed.error.issues) {
      if (issue.code !== 'too_big' || issue.origin !== 'string' || typeof issue.maximum !== 'number')
        continue;
      const parentPath = issue.path.slice(0, -1);
      const key = issue.path[issue.path.length - 1];
      let parent: unknown = design;
      for (const k of parentPath) parent = (parent as Record<PropertyKey, unknown>)?.[k as PropertyKey];
      if (parent === null || typeof parent !== 'object' || key === undefined) continue;
      const holder = parent as Record<PropertyKey, unknown>;
      const value = holder[key as PropertyKey];
      if (typeof value !== 'string') continue;
      holder[key as PropertyKey] = `${value.slice(0, Number(issue.maximum) - 1)}…`;
      fixed = true;
      ctx.warnings.push({
        file: '',
        path: formatPath(issue.path),
        message: `Text longer than ${issue.maximum} characters was shortened.`,
      });
    }
    if (!fixed) return design;
  }
  return design;
}
