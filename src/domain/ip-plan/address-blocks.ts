/**
 * The address plan of one VNet as a subnet calculator draws it: each IPv4 address prefix as an ordered
 * run of blocks, every subnet to scale and the free space between them as aligned CIDR blocks (the
 * largest aligned blocks that fit, as visualsubnetcalc splits it). Free blocks can be split in halves and
 * joined back; the splits are a list of the free blocks the user divided, kept by the caller. Subnets
 * that cannot be drawn (an unreadable prefix, outside every prefix, on top of another subnet) are
 * reported as conflicts, never thrown.
 */
import { SMALLEST_SUBNET_PREFIX } from '../catalog/limits';
import {
  type Cidr,
  cidrContains,
  cidrEnd,
  cidrFromNumber,
  cidrOverlaps,
  cidrSize,
  formatCidr,
  freeRanges,
  subdivideCidr,
  tryParseCidr,
} from '../ip/cidr';
import { prefixFamily } from '../ip/cidr6';
import type { Subnet, VirtualNetwork } from '../model/schema';
import { estimateDemand, smallestSubnetPrefixFor } from '../usage/estimate-demand';

export interface SubnetBlock {
  kind: 'subnet';
  cidr: Cidr;
  /** The block as text (`10.0.1.0/24`). */
  text: string;
  subnetId: string;
  name: string;
}

export interface FreeBlock {
  kind: 'free';
  cidr: Cidr;
  text: string;
  /** Whether it is one half of a block the user split and its other half is free (so they can be joined). */
  joinable: boolean;
}

export type AddressBlock = SubnetBlock | FreeBlock;

export type ConflictReason = 'invalid' | 'outside' | 'overlap';

/** A subnet the bars cannot draw, and why. */
export interface BlockConflict {
  subnetId: string;
  name: string;
  prefix: string;
  reason: ConflictReason;
  /** For `overlap`: the subnet drawn where this one would go. */
  overlapsId?: string;
}

/** One IPv4 address prefix of the VNet and its blocks in address order (empty when the prefix is unreadable). */
export interface PrefixBar {
  prefix: string;
  cidr: Cidr | undefined;
  blocks: AddressBlock[];
}

export interface AddressPlan {
  bars: PrefixBar[];
  conflicts: BlockConflict[];
}

/** The block a half was split from, or undefined for a /0. */
function parentOf(c: Cidr): Cidr | undefined {
  return c.prefixLength === 0 ? undefined : cidrFromNumber(c.start, c.prefixLength - 1);
}

/** The two halves of a block, or undefined for a /32. */
export function halvesOf(c: Cidr): [Cidr, Cidr] | undefined {
  const low = subdivideCidr(c, c.prefixLength + 1, 0);
  const high = subdivideCidr(c, c.prefixLength + 1, 1);
  return low && high ? [low, high] : undefined;
}

/** A free block's pieces after the user's splits (in address order). */
function applySplits(block: Cidr, splits: ReadonlySet<string>, out: FreeBlock[]): void {
  const halves = splits.has(formatCidr(block)) ? halvesOf(block) : undefined;
  if (!halves) {
    out.push({ kind: 'free', cidr: block, text: formatCidr(block), joinable: false });
    return;
  }
  applySplits(halves[0], splits, out);
  applySplits(halves[1], splits, out);
}

/**
 * The VNet's address plan: one bar per IPv4 address prefix (IPv6 prefixes are left out: Power Platform
 * sizes on IPv4), with its subnets and free blocks tiling it exactly. `splits` are the free blocks the
 * user divided in halves (see {@link splitBlock}).
 */
export function buildAddressPlan(
  vnet: Pick<VirtualNetwork, 'addressPrefixes'>,
  subnets: readonly Pick<Subnet, 'id' | 'name' | 'prefix'>[],
  splits: readonly string[] = [],
): AddressPlan {
  const splitSet = new Set(splits);
  const prefixes = vnet.addressPrefixes.filter((p) => prefixFamily(p) !== 'ipv6');
  const parsed = prefixes.map((p) => ({ prefix: p, cidr: tryParseCidr(p) }));
  const conflicts: BlockConflict[] = [];
  // Subnets by start (larger first on a tie), so the one drawn in a contested place is the first in address order.
  const readable: Array<{ subnet: Pick<Subnet, 'id' | 'name' | 'prefix'>; cidr: Cidr }> = [];
  for (const subnet of subnets) {
    const cidr = tryParseCidr(subnet.prefix);
    if (cidr) readable.push({ subnet, cidr });
    else conflicts.push({ subnetId: subnet.id, name: subnet.name, prefix: subnet.prefix, reason: 'invalid' });
  }
  readable.sort((a, b) => a.cidr.start - b.cidr.start || a.cidr.prefixLength - b.cidr.prefixLength);
  const drawn = new Map<number, Array<{ subnet: Pick<Subnet, 'id' | 'name'>; cidr: Cidr }>>();
  const kept: Array<{ id: string; cidr: Cidr }> = [];
  for (const { subnet, cidr } of readable) {
    const home = parsed.findIndex((p) => p.cidr && cidrContains(p.cidr, cidr));
    if (home < 0) {
      conflicts.push({ subnetId: subnet.id, name: subnet.name, prefix: subnet.prefix, reason: 'outside' });
      continue;
    }
    // Sorted by start: only the last kept subnets can reach this one.
    const hit = kept.find((k) => cidrOverlaps(k.cidr, cidr));
    if (hit) {
      conflicts.push({
        subnetId: subnet.id,
        name: subnet.name,
        prefix: subnet.prefix,
        reason: 'overlap',
        overlapsId: hit.id,
      });
      continue;
    }
    kept.push({ id: subnet.id, cidr });
    const list = drawn.get(home) ?? [];
    list.push({ subnet, cidr });
    drawn.set(home, list);
  }
  const bars = parsed.map(({ prefix, cidr }, i): PrefixBar => {
    if (!cidr) return { prefix, cidr: undefined, blocks: [] };
    const mine = drawn.get(i) ?? [];
    const free: FreeBlock[] = [];
    for (const block of freeRanges(
      [cidr],
      mine.map((m) => m.cidr),
    ))
      applySplits(block, splitSet, free);
    const blocks: AddressBlock[] = [
      ...mine.map(
        (m): SubnetBlock => ({
          kind: 'subnet',
          cidr: m.cidr,
          text: formatCidr(m.cidr),
          subnetId: m.subnet.id,
          name: m.subnet.name,
        }),
      ),
      ...free,
    ].sort((a, b) => a.cidr.start - b.cidr.start);
    // A free block joins back with its sibling half only while that half is free too.
    blocks.forEach((b, j) => {
      if (b.kind !== 'free') return;
      const near = [blocks[j - 1], blocks[j + 1]];
      b.joinable = near.some((n) => n?.kind === 'free' && areJoinableHalves(b.cidr, n.cidr));
    });
    return { prefix, cidr, blocks };
  });
  return { bars, conflicts };
}

/** The splits with `block` divided in halves (unchanged for a block that cannot be split further). */
export function splitBlock(splits: readonly string[], block: Cidr): string[] {
  const text = formatCidr(block);
  if (block.prefixLength >= 32 || splits.includes(text)) return [...splits];
  return [...splits, text];
}

/**
 * The splits with the block that `half` was split from joined back (and every split inside it), so the
 * two halves show as one free block again. Unchanged when `half` was not split from anything.
 */
export function joinBlock(splits: readonly string[], half: Cidr): string[] {
  const parent = parentOf(half);
  if (!parent || !splits.includes(formatCidr(parent))) return [...splits];
  return splits.filter((s) => {
    const c = tryParseCidr(s);
    return !c || !cidrContains(parent, c);
  });
}

/** Whether two free blocks are the two halves of one aligned block (they can be joined). */
export function areJoinableHalves(a: Cidr, b: Cidr): boolean {
  if (a.prefixLength !== b.prefixLength || a.prefixLength === 0) return false;
  const [low, high] = a.start < b.start ? [a, b] : [b, a];
  return cidrEnd(low) + 1 === high.start && low.start % (cidrSize(low) * 2) === 0;
}

/** How big the subnet added in a free block should be. */
export type NewSubnetSize =
  /** The free block itself. */
  | { type: 'block' }
  /** A given prefix length (`/26`). */
  | { type: 'length'; prefixLength: number }
  /** A Power Platform delegated subnet: the size its environments need. */
  | { type: 'environments'; production: number; nonProduction: number };

export type NewSubnetResult =
  | { ok: true; cidr: Cidr; text: string }
  | { ok: false; reason: 'too-small' | 'bad-length'; message: string };

/**
 * The subnet to add in a free block: at the block's start, at the size asked for. Azure's smallest
 * subnet is a /29; a request for more than the block holds is refused with the reason, never clipped.
 */
export function subnetForFreeBlock(block: Cidr, size: NewSubnetSize = { type: 'block' }): NewSubnetResult {
  let length: number | undefined;
  if (size.type === 'block') length = block.prefixLength;
  else if (size.type === 'length') length = size.prefixLength;
  else
    length = smallestSubnetPrefixFor(
      estimateDemand(Math.max(0, size.production), Math.max(0, size.nonProduction)),
    );
  if (length === undefined || !Number.isInteger(length) || length < 0 || length > 32)
    return { ok: false, reason: 'bad-length', message: 'That subnet size is not a prefix length.' };
  if (block.prefixLength > SMALLEST_SUBNET_PREFIX)
    return {
      ok: false,
      reason: 'too-small',
      message: `${formatCidr(block)} is smaller than Azure's smallest subnet (/${SMALLEST_SUBNET_PREFIX}).`,
    };
  const wanted = Math.min(length, SMALLEST_SUBNET_PREFIX);
  const cidr = subdivideCidr(block, Math.max(wanted, block.prefixLength), 0);
  if (!cidr || wanted < block.prefixLength)
    return {
      ok: false,
      reason: 'too-small',
      message: `A /${wanted} does not fit in the free block ${formatCidr(block)}.`,
    };
  return { ok: true, cidr, text: formatCidr(cidr) };
}
