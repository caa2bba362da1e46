import type { DesignIndex } from '../../model/design-index';
import type { Design, Subnet } from '../../model/schema';

type Field = 'natGatewayId' | 'nsgId' | 'routeTableId';
const cache = new WeakMap<Design, Partial<Record<Field, Map<string, Subnet[]>>>>();

/**
 * Subnets attached to each NAT gateway, NSG or route table id (by the given subnet field), first subnet
 * of each id only. Memoized on the design object: NAT001, NAT002 and NSG001 share it.
 */
export function attachments(design: Design, index: DesignIndex, field: Field): Map<string, Subnet[]> {
  let perDesign = cache.get(design);
  if (!perDesign) {
    perDesign = {};
    cache.set(design, perDesign);
  }
  const hit = perDesign[field];
  if (hit) return hit;
  const out = new Map<string, Subnet[]>();
  for (const s of design.subnets) {
    const id = s[field];
    if (id === undefined || index.subnets.get(s.id) !== s) continue;
    const list = out.get(id);
    if (list) list.push(s);
    else out.set(id, [s]);
  }
  perDesign[field] = out;
  return out;
}
