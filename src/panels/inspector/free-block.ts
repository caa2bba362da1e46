import { tryParseCidr } from '../../domain/ip/cidr';
import { suggestSubnetPrefix } from '../../domain/model/operations';
import type { Design } from '../../domain/model/schema';

/** The prefix length a half-typed prefix asks for (`10.0.0.0/2` → 2), if any. */
function typedLength(text: string): number | undefined {
  const m = /\/(\d{1,2})\s*$/.exec(text);
  const n = m ? Number(m[1]) : Number.NaN;
  return n >= 8 && n <= 29 ? n : undefined;
}

/**
 * The lowest free block of the subnet's own size in its VNet, ignoring the subnet itself (so a subnet
 * that overlaps a sibling is offered a block that does not). A /24 when the size can't be read.
 */
export function freeBlockForSubnet(design: Design, subnetId: string): string | undefined {
  const subnet = design.subnets.find((s) => s.id === subnetId);
  if (!subnet) return undefined;
  const length = tryParseCidr(subnet.prefix)?.prefixLength ?? typedLength(subnet.prefix) ?? 24;
  const others = { ...design, subnets: design.subnets.filter((s) => s.id !== subnetId) };
  return suggestSubnetPrefix(others, subnet.vnetId, length);
}
