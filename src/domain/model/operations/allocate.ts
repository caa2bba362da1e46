/**
 * Address allocation helpers: the next free subnet in a VNet, and a free address space for a new VNet.
 */
import { type Cidr, formatCidr, nextFreeSubnet, tryParseCidr } from '../../ip/cidr';
import type { Design } from '../schema';

const parsed = (texts: readonly string[]): Cidr[] =>
  texts.map(tryParseCidr).filter((c): c is Cidr => c !== undefined);

/**
 * The lowest free block of the given length inside the VNet's address space, avoiding its subnets.
 * @returns the prefix as text, or undefined when the VNet is full (or has no valid address space).
 */
export function suggestSubnetPrefix(design: Design, vnetId: string, prefixLength = 24): string | undefined {
  const vnet = design.vnets.find((v) => v.id === vnetId);
  if (!vnet) return undefined;
  const space = parsed(vnet.addressPrefixes);
  const used = parsed(design.subnets.filter((s) => s.vnetId === vnetId).map((s) => s.prefix));
  const free = nextFreeSubnet(space, used, prefixLength);
  return free ? formatCidr(free) : undefined;
}

/** Private ranges tried in order for new VNets. */
const POOLS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/**
 * A free private block for a new VNet that overlaps no address space of the design's VNets (so it can be
 * peered with any of them).
 */
export function suggestVnetSpace(design: Design, prefixLength = 16): string | undefined {
  const used = parsed(design.vnets.flatMap((v) => v.addressPrefixes));
  for (const pool of POOLS) {
    const block = tryParseCidr(pool);
    if (!block || block.prefixLength > prefixLength) continue;
    const free = nextFreeSubnet([block], used, prefixLength);
    if (free) return formatCidr(free);
  }
  return undefined;
}
