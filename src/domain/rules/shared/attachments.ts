import type { DesignIndex } from '../../model/design-index';
import type { Design, Subnet } from '../../model/schema';

type Field = 'natGatewayId' | 'nsgId' | 'routeTableId';
type Attachments = Record<Field, Map<string, Subnet[]>>;
const cache = new WeakMap<Design, Attachments>();

function add(map: Map<string, Subnet[]>, id: string | undefined, s: Subnet): void {
  if (id === undefined) return;
  const list = map.get(id);
  if (list) list.push(s);
  else map.set(id, [s]);
}

/**
 * Subnets attached to each NAT gateway, NSG or route table id (by the given subnet field), first subnet
 * of each id only. One pass for all three, memoized on the design object: NAT001, NAT002 and NSG001
 * share it.
 */
export function attachments(design: Design, index: DesignIndex, field: Field): Map<string, Subnet[]> {
  let all = cache.get(design);
  if (!all) {
    all = { natGatewayId: new Map(), nsgId: new Map(), routeTableId: new Map() };
    for (const s of design.subnets) {
      if (index.subnets.get(s.id) !== s) continue;
      add(all.natGatewayId, s.natGatewayId, s);
      add(all.nsgId, s.nsgId, s);
      add(all.routeTableId, s.routeTableId, s);
    }
    cache.set(design, all);
  }
  return all[field];
}
