import type { DesignIndex } from '../../model/design-index';
import type { Design, Subnet } from '../../model/schema';

/** Subnets attached to each existing NAT gateway, NSG or route table (by the given subnet field). */
export function attachments(
  design: Design,
  index: DesignIndex,
  field: 'natGatewayId' | 'nsgId' | 'routeTableId',
): Map<string, Subnet[]> {
  const out = new Map<string, Subnet[]>();
  for (const s of design.subnets) {
    const id = s[field];
    if (id === undefined || index.subnets.get(s.id) !== s) continue;
    const list = out.get(id);
    if (list) list.push(s);
    else out.set(id, [s]);
  }
  return out;
}
