/**
 * IP address math: IPv4 (`Cidr`) and the IPv6 half of dual-stack VNets (`Cidr6`). This is the only module
 * that imports ipaddr.js; everything else works with the branded values it hands out, so a `Cidr` always
 * holds a valid, normalised network.
 */
import ipaddr from 'ipaddr.js';
import { AZURE_RESERVED_PER_SUBNET } from '../catalog/limits';

declare const cidrBrand: unique symbol;
/** A parsed, normalised IPv4 network (no host bits). Only `parseCidr` and this module create one. */
export interface Cidr {
  /** First address as an unsigned 32-bit integer. */
  readonly start: number;
  readonly prefixLength: number;
  readonly [cidrBrand]: true;
}

export type CidrErrorCode = 'empty' | 'syntax' | 'ipv6' | 'prefix-length' | 'host-bits';
export type CidrParseResult =
  | { ok: true; cidr: Cidr }
  | {
      ok: false;
      code: CidrErrorCode;
      message: string /** The network address the user probably meant. */;
      suggestion?: string;
    };

const TWO_32 = 2 ** 32;

function make(start: number, prefixLength: number): Cidr {
  return { start, prefixLength } as Cidr;
}

const BLOCK_SIZES: readonly number[] = Array.from({ length: 33 }, (_, p) => 2 ** (32 - p));

/** Size of a block of the given prefix length. */
export function blockSize(prefixLength: number): number {
  // A table lookup: overlap sweeps call this for every comparison.
  return BLOCK_SIZES[prefixLength] ?? 2 ** (32 - prefixLength);
}

export function ipToNumber(ip: string): number | undefined {
  if (!ipaddr.IPv4.isValidFourPartDecimal(ip)) return undefined;
  const bytes = ipaddr.IPv4.parse(ip).toByteArray();
  return (((bytes[0] ?? 0) * 256 + (bytes[1] ?? 0)) * 256 + (bytes[2] ?? 0)) * 256 + (bytes[3] ?? 0);
}

export function numberToIp(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Whether the text is a plain dotted-quad IPv4 address. */
export function isIpv4Address(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text.trim());
}

/**
 * The common case, a canonical network address such as `10.0.0.0/24`, read character by character with
 * no allocation (no ipaddr.js, no regex): validation parses thousands of prefixes per keystroke.
 * Anything else (spaces, leading zeros, host bits, errors) returns undefined and goes through the full
 * parser, which gives the same answer for canonical input.
 */
function parseCanonicalCidr(text: string): Cidr | undefined {
  const n = text.length;
  let i = 0;
  let ip = 0;
  for (let part = 0; part < 5; part++) {
    const from = i;
    let value = 0;
    while (i < n && i - from < 4) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      i++;
    }
    const digits = i - from;
    if (part === 4) {
      // The prefix length: one or two digits, then the end of the text.
      return digits === 0 || digits > 2 || i !== n || value > 32
        ? undefined
        : ip % blockSize(value) === 0
          ? make(ip, value)
          : undefined;
    }
    if (digits === 0 || digits > 3 || value > 255 || (digits > 1 && text.charCodeAt(from) === 48))
      return undefined;
    ip = ip * 256 + value;
    if (text.charCodeAt(i) !== (part < 3 ? 46 : 47)) return undefined; // '.' three times, then '/'
    i++;
  }
  return undefined;
}

/**
 * Parses `a.b.c.d/n` strictly: four decimal parts, a prefix length 0–32, no host bits.
 * @example parseCidr('10.0.0.5/24') // { ok: false, code: 'host-bits', suggestion: '10.0.0.0/24', ... }
 */
export function parseCidr(input: string): CidrParseResult {
  const fast = typeof input === 'string' ? parseCanonicalCidr(input) : undefined;
  if (fast) return { ok: true, cidr: fast };
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '')
    return { ok: false, code: 'empty', message: 'Enter an address prefix such as 10.0.0.0/24.' };
  const slash = text.indexOf('/');
  const ipPart = slash === -1 ? text : text.slice(0, slash);
  const lenPart = slash === -1 ? '' : text.slice(slash + 1);
  if (ipaddr.IPv6.isValid(ipPart) && !ipaddr.IPv4.isValid(ipPart)) {
    return { ok: false, code: 'ipv6', message: `“${text}” is IPv6 where an IPv4 prefix is needed.` };
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(ipPart)) {
    return { ok: false, code: 'syntax', message: `“${text}” is not an IPv4 prefix such as 10.0.0.0/24.` };
  }
  if (slash === -1) {
    return {
      ok: false,
      code: 'syntax',
      message: `“${text}” has no prefix length: write it as ${ipPart}/n.`,
      suggestion: `${ipPart}/32`,
    };
  }
  if (!/^\d{1,2}$/.test(lenPart) || Number(lenPart) > 32) {
    return {
      ok: false,
      code: 'prefix-length',
      message: `“/${lenPart}” is not a prefix length from /0 to /32.`,
    };
  }
  const prefixLength = Number(lenPart);
  const ip = ipToNumber(ipPart) as number;
  const size = blockSize(prefixLength);
  const start = ip - (ip % size);
  if (start !== ip) {
    const suggestion = `${numberToIp(start)}/${prefixLength}`;
    return {
      ok: false,
      code: 'host-bits',
      message: `${text} has host bits set: the network address is ${suggestion}.`,
      suggestion,
    };
  }
  return { ok: true, cidr: make(start, prefixLength) };
}

/** Parses or returns undefined; for code paths that already reported bad prefixes. */
export function tryParseCidr(text: string): Cidr | undefined {
  const fast = typeof text === 'string' ? parseCanonicalCidr(text) : undefined;
  if (fast) return fast;
  const r = parseCidr(text);
  return r.ok ? r.cidr : undefined;
}

/** Builds a Cidr from a start address and length, aligning the start down to the block. */
export function cidrFromNumber(start: number, prefixLength: number): Cidr {
  const size = blockSize(prefixLength);
  return make(start - (start % size), prefixLength);
}

export function formatCidr(c: Cidr): string {
  return `${numberToIp(c.start)}/${c.prefixLength}`;
}

export function cidrSize(c: Cidr): number {
  return blockSize(c.prefixLength);
}

/** Last address (inclusive). */
export function cidrEnd(c: Cidr): number {
  return c.start + cidrSize(c) - 1;
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.start >= outer.start && cidrEnd(inner) <= cidrEnd(outer);
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return a.start <= cidrEnd(b) && b.start <= cidrEnd(a);
}

export function cidrContainsIp(c: Cidr, ip: number): boolean {
  return ip >= c.start && ip <= cidrEnd(c);
}

/**
 * Addresses left for workloads: Azure reserves 5 in every subnet.
 * https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#are-there-any-restrictions-on-using-ip-addresses-within-these-subnets
 */
export function azureUsable(c: Cidr): number {
  return Math.max(0, cidrSize(c) - AZURE_RESERVED_PER_SUBNET);
}

/** First address Azure hands out (.4 of the block), or undefined when the block is too small. */
export function firstUsable(c: Cidr): string | undefined {
  return azureUsable(c) > 0 ? numberToIp(c.start + 4) : undefined;
}

/** Last address Azure hands out (the one before broadcast). */
export function lastUsable(c: Cidr): string | undefined {
  return azureUsable(c) > 0 ? numberToIp(cidrEnd(c) - 1) : undefined;
}

/**
 * The longest prefix (smallest block) that holds `addresses` addresses, or undefined past /0.
 * @example smallestPrefixFor(125) === 25
 */
export function smallestPrefixFor(addresses: number): number | undefined {
  if (addresses > TWO_32) return undefined;
  for (let p = 32; p >= 0; p--) if (blockSize(p) >= addresses) return p;
  return undefined;
}

interface Interval {
  start: number;
  end: number;
}

/** Merges the given blocks into disjoint, sorted intervals. */
function mergeIntervals(blocks: readonly Cidr[]): Interval[] {
  const sorted = blocks.map((b) => ({ start: b.start, end: cidrEnd(b) })).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.start <= last.end + 1) last.end = Math.max(last.end, iv.end);
    else out.push({ ...iv });
  }
  return out;
}

/** The fewest CIDR blocks that exactly cover [start, end]. */
export function intervalToCidrs(start: number, end: number): Cidr[] {
  const out: Cidr[] = [];
  let cur = start;
  while (cur <= end) {
    let p = 32;
    // Grow the block while it stays aligned and inside the interval.
    while (p > 0 && cur % blockSize(p - 1) === 0 && cur + blockSize(p - 1) - 1 <= end) p--;
    out.push(make(cur, p));
    cur += blockSize(p);
  }
  return out;
}

/** The parts of `space` that no block of `used` covers, as CIDR blocks, in address order. */
export function freeRanges(space: readonly Cidr[], used: readonly Cidr[]): Cidr[] {
  const spaceIv = mergeIntervals(space);
  const usedIv = mergeIntervals(used);
  const out: Cidr[] = [];
  let j = 0;
  for (const s of spaceIv) {
    let cur = s.start;
    while (j < usedIv.length && (usedIv[j] as Interval).end < s.start) j++;
    let k = j;
    while (k < usedIv.length && (usedIv[k] as Interval).start <= s.end) {
      const u = usedIv[k] as Interval;
      if (u.start > cur) out.push(...intervalToCidrs(cur, u.start - 1));
      cur = Math.max(cur, u.end + 1);
      k++;
    }
    if (cur <= s.end) out.push(...intervalToCidrs(cur, s.end));
  }
  return out;
}

/** Addresses of `space` not covered by `used` (overlaps counted once). */
export function freeAddressCount(space: readonly Cidr[], used: readonly Cidr[]): number {
  return freeRanges(space, used).reduce((n, c) => n + cidrSize(c), 0);
}

/**
 * The lowest free, aligned block of the given prefix length inside `space`, or undefined when none fits.
 * @example formatCidr(nextFreeSubnet([parse('10.0.0.0/16')], [parse('10.0.0.0/24')], 24)!) === '10.0.1.0/24'
 */
export function nextFreeSubnet(
  space: readonly Cidr[],
  used: readonly Cidr[],
  prefixLength: number,
): Cidr | undefined {
  for (const free of freeRanges(space, used)) {
    // Free ranges come as maximal aligned blocks; a block at least as large as `size` starts aligned.
    if (free.prefixLength <= prefixLength) return make(free.start, prefixLength);
  }
  return undefined;
}

export interface KeyedCidr<K> {
  key: K;
  cidr: Cidr;
}

/**
 * Every overlapping pair among the blocks, by sort-and-sweep: O(n log n + pairs). CIDR blocks either
 * nest or are disjoint, so the open blocks at any point form a chain of ancestors.
 */
export function findOverlaps<K>(items: ReadonlyArray<KeyedCidr<K>>): Array<[KeyedCidr<K>, KeyedCidr<K>]> {
  const sorted = [...items].sort(
    (a, b) => a.cidr.start - b.cidr.start || a.cidr.prefixLength - b.cidr.prefixLength,
  );
  const pairs: Array<[KeyedCidr<K>, KeyedCidr<K>]> = [];
  const open: Array<KeyedCidr<K>> = [];
  for (const item of sorted) {
    while (open.length > 0 && cidrEnd((open[open.length - 1] as KeyedCidr<K>).cidr) < item.cidr.start)
      open.pop();
    for (const o of open) pairs.push([o, item]);
    open.push(item);
  }
  return pairs;
}

/**
 * The blocks grouped into clusters of overlapping blocks, by one sort and one sweep: O(n log n) whatever
 * the input, however many pairs overlap (5,000 equal prefixes make one cluster, not 12.5 million pairs).
 * CIDR blocks either nest or are disjoint, so each cluster is its first block (which contains all the
 * others) followed by its descendants, in address order. Only clusters of two or more blocks are returned.
 * @example findOverlapClusters([a /16, b /24 inside it, c elsewhere]) // [[a, b]]
 */
export function findOverlapClusters<K>(items: ReadonlyArray<KeyedCidr<K>>): Array<Array<KeyedCidr<K>>> {
  const sorted = [...items].sort(
    (a, b) => a.cidr.start - b.cidr.start || a.cidr.prefixLength - b.cidr.prefixLength,
  );
  const clusters: Array<Array<KeyedCidr<K>>> = [];
  let current: Array<KeyedCidr<K>> = [];
  let end = -1;
  for (const item of sorted) {
    if (current.length > 0 && item.cidr.start <= end) {
      current.push(item);
      continue;
    }
    if (current.length > 1) clusters.push(current);
    current = [item];
    end = cidrEnd(item.cidr);
  }
  if (current.length > 1) clusters.push(current);
  return clusters;
}

/**
 * Where two lists of blocks overlap each other, in O(n log n): one entry per cluster that holds blocks of
 * both lists, with a representative pair (the cluster's outermost block and the first block of the other
 * list inside it) and how many blocks of each list the cluster holds.
 */
export function findCrossOverlapClusters<A, B>(
  left: ReadonlyArray<KeyedCidr<A>>,
  right: ReadonlyArray<KeyedCidr<B>>,
): Array<{ pair: [KeyedCidr<A>, KeyedCidr<B>]; leftCount: number; rightCount: number }> {
  type Tagged = { side: 0; item: KeyedCidr<A> } | { side: 1; item: KeyedCidr<B> };
  const all: Array<KeyedCidr<Tagged>> = [
    ...left.map((item) => ({ key: { side: 0 as const, item }, cidr: item.cidr })),
    ...right.map((item) => ({ key: { side: 1 as const, item }, cidr: item.cidr })),
  ];
  const out: Array<{ pair: [KeyedCidr<A>, KeyedCidr<B>]; leftCount: number; rightCount: number }> = [];
  for (const cluster of findOverlapClusters(all)) {
    const root = (cluster[0] as KeyedCidr<Tagged>).key;
    const other = cluster.find((c) => c.key.side !== root.side)?.key;
    if (!other) continue;
    const leftCount = cluster.filter((c) => c.key.side === 0).length;
    const pair = (root.side === 0 ? [root.item, other.item] : [other.item, root.item]) as [
      KeyedCidr<A>,
      KeyedCidr<B>,
    ];
    out.push({ pair, leftCount, rightCount: cluster.length - leftCount });
  }
  return out;
}

/** One candidate of `findEarlierOverlaps`: a block, its owner's group and its rank. */
interface RankedBlock<K> {
  item: KeyedCidr<K>;
  group: string;
  rank: number;
}

/** The two lowest-ranked blocks of distinct groups seen so far (enough to answer "best of another group"). */
type Best2<K> = Array<RankedBlock<K>>;

function offer<K>(best: Best2<K>, c: RankedBlock<K>): Best2<K> {
  const out = best.filter((b) => b.group !== c.group || b.rank <= c.rank);
  if (!out.some((b) => b.group === c.group)) out.push(c);
  out.sort((a, b) => a.rank - b.rank);
  return out.length > 2 ? out.slice(0, 2) : out;
}

function bestOther<K>(best: Best2<K>, group: string): RankedBlock<K> | undefined {
  return best.find((b) => b.group !== group);
}

/**
 * For each block, the lowest-ranked block of another group that overlaps it, reported only where that
 * block ranks lower: `[earlier, later]` pairs, at most one per block. One sort and one sweep, O(n log n)
 * whatever the input (equal prefixes from thousands of groups included): CIDR blocks nest or are
 * disjoint, so a block overlaps exactly its ancestors and its descendants; the sweep carries the two best
 * of the ancestors down and of the descendants up.
 * @example findEarlierOverlaps([{a /16, group g1, rank 0}, {b /24 in a, group g2, rank 1}]) // [[a, b]]
 */
export function findEarlierOverlaps<K>(
  items: ReadonlyArray<KeyedCidr<K>>,
  group: (key: K) => string,
  rank: (key: K) => number,
): Array<[KeyedCidr<K>, KeyedCidr<K>]> {
  const sorted = items
    .map((item) => ({ item, group: group(item.key), rank: rank(item.key) }))
    .sort(
      (a, b) => a.item.cidr.start - b.item.cidr.start || a.item.cidr.prefixLength - b.item.cidr.prefixLength,
    );
  interface Open {
    cidr: Cidr;
    own: Array<RankedBlock<K>>;
    above: Best2<K>;
    below: Best2<K>;
  }
  const out: Array<[KeyedCidr<K>, KeyedCidr<K>]> = [];
  const stack: Open[] = [];
  const close = () => {
    const top = stack.pop() as Open;
    let all = top.above;
    for (const b of top.below) all = offer(all, b);
    for (const own of top.own) {
      const other = bestOther(all, own.group);
      if (other && other.rank < own.rank) out.push([other.item, own.item]);
    }
    const parent = stack[stack.length - 1];
    if (parent) for (const b of top.below) parent.below = offer(parent.below, b);
  };
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as RankedBlock<K>;
    const cidr = first.item.cidr;
    const own: Array<RankedBlock<K>> = [];
    while (i < sorted.length) {
      const next = sorted[i] as RankedBlock<K>;
      if (next.item.cidr.start !== cidr.start || next.item.cidr.prefixLength !== cidr.prefixLength) break;
      own.push(next);
      i++;
    }
    while (stack.length > 0 && cidrEnd((stack[stack.length - 1] as Open).cidr) < cidr.start) close();
    let ownBest: Best2<K> = [];
    for (const o of own) ownBest = offer(ownBest, o);
    let above = stack.length > 0 ? (stack[stack.length - 1] as Open).above : [];
    for (const b of ownBest) above = offer(above, b);
    stack.push({ cidr, own, above, below: ownBest });
  }
  while (stack.length > 0) close();
  return out;
}

/** Two sorted lists of blocks: every pair (a from the first, b from the second) that overlaps. */
export function findCrossOverlaps<A, B>(
  left: ReadonlyArray<KeyedCidr<A>>,
  right: ReadonlyArray<KeyedCidr<B>>,
): Array<[KeyedCidr<A>, KeyedCidr<B>]> {
  type Tagged = { side: 0; item: KeyedCidr<A> } | { side: 1; item: KeyedCidr<B> };
  const all: Tagged[] = [
    ...left.map((item) => ({ side: 0 as const, item })),
    ...right.map((item) => ({ side: 1 as const, item })),
  ];
  const pairs = findOverlaps(all.map((t) => ({ key: t, cidr: t.item.cidr })));
  const out: Array<[KeyedCidr<A>, KeyedCidr<B>]> = [];
  for (const [x, y] of pairs) {
    if (x.key.side === y.key.side) continue;
    if (x.key.side === 0) out.push([x.key.item as KeyedCidr<A>, y.key.item as KeyedCidr<B>]);
    else out.push([y.key.item as KeyedCidr<A>, x.key.item as KeyedCidr<B>]);
  }
  return out;
}

/**
 * Reads a prefix that may have host bits set (as ARM's CIDR functions accept), normalising it to its
 * network; undefined for anything that is not an IPv4 prefix.
 */
export function parseCidrLenient(text: string): Cidr | undefined {
  const r = parseCidr(text);
  if (r.ok) return r.cidr;
  if (r.code === 'host-bits' && r.suggestion) return tryParseCidr(r.suggestion);
  return undefined;
}

/** The properties ARM's `parseCidr` reports for an IPv4 block. */
export interface CidrDescription {
  network: string;
  netmask: string;
  broadcast: string;
  firstUsable: string;
  lastUsable: string;
  cidr: number;
}

/**
 * Network, netmask, broadcast and the usable host range (network + 1 to broadcast − 1; the whole block
 * for /31 and /32), as ARM's `parseCidr` describes a block.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-cidr#parsecidr
 * @example describeCidr(parseCidrLenient('10.144.0.0/20')!).broadcast === '10.144.15.255'
 */
export function describeCidr(c: Cidr): CidrDescription {
  const end = cidrEnd(c);
  const mask = c.prefixLength === 0 ? 0 : (TWO_32 - blockSize(c.prefixLength)) >>> 0;
  const pointToPoint = c.prefixLength >= 31;
  return {
    network: numberToIp(c.start),
    netmask: numberToIp(mask),
    broadcast: numberToIp(end),
    firstUsable: numberToIp(pointToPoint ? c.start : c.start + 1),
    lastUsable: numberToIp(pointToPoint ? end : end - 1),
    cidr: c.prefixLength,
  };
}

/**
 * The `index`-th block of length `newPrefixLength` inside `c` (ARM's `cidrSubnet`), or undefined when
 * the length is shorter than the block's or the index falls outside it.
 * @example formatCidr(subdivideCidr(parseCidrLenient('10.144.0.0/20')!, 24, 3)!) === '10.144.3.0/24'
 */
export function subdivideCidr(c: Cidr, newPrefixLength: number, index: number): Cidr | undefined {
  if (!Number.isInteger(newPrefixLength) || newPrefixLength < c.prefixLength || newPrefixLength > 32)
    return undefined;
  const count = 2 ** (newPrefixLength - c.prefixLength);
  if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
  return make(c.start + index * blockSize(newPrefixLength), newPrefixLength);
}

/**
 * The `index`-th usable host address of `c` (ARM's `cidrHost`: index 0 is the address after the network
 * address), or undefined past the last usable address.
 * @example cidrHostAddress(parseCidrLenient('10.144.3.0/24')!, 0) === '10.144.3.1'
 */
export function cidrHostAddress(c: Cidr, index: number): string | undefined {
  if (!Number.isInteger(index) || index < 0) return undefined;
  const first = c.prefixLength >= 31 ? c.start : c.start + 1;
  const last = c.prefixLength >= 31 ? cidrEnd(c) : cidrEnd(c) - 1;
  const ip = first + index;
  return ip <= last ? numberToIp(ip) : undefined;
}

declare const cidr6Brand: unique symbol;
/**
 * A parsed, normalised IPv6 network (no host bits), for dual-stack VNets. Only `parseCidr6` creates one.
 * Power Platform sizes and checks delegated subnets on their IPv4 prefix; IPv6 blocks are listed, never sized
 * for capacity.
 */
export interface Cidr6 {
  /** First address as a 128-bit integer. */
  readonly start: bigint;
  readonly prefixLength: number;
  readonly [cidr6Brand]: true;
}

export type Cidr6ParseResult =
  | { ok: true; cidr: Cidr6 }
  | { ok: false; code: CidrErrorCode; message: string; suggestion?: string };

const V6_BITS = 128n;

function bytesToBigInt(bytes: readonly number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/** The compressed text form of a 128-bit address (`2001:db8::`). */
function bigIntToIp6(n: bigint): string {
  const parts: number[] = [];
  for (let i = 7; i >= 0; i--) parts.push(Number((n >> BigInt(i * 16)) & 0xffffn));
  return ipaddr.fromByteArray(parts.flatMap((p) => [p >> 8, p & 255])).toString();
}

/**
 * Parses an IPv6 prefix such as `2001:db8:0:1::/64` strictly: a valid IPv6 address, a length 0–128, no
 * host bits. Used for the IPv6 half of dual-stack VNets and subnets.
 * https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview
 * @example parseCidr6('2001:db8::1/64') // { ok: false, code: 'host-bits', suggestion: '2001:db8::/64', ... }
 */
export function parseCidr6(input: string): Cidr6ParseResult {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '')
    return { ok: false, code: 'empty', message: 'Enter an IPv6 prefix such as 2001:db8:0:1::/64.' };
  const slash = text.indexOf('/');
  const ipPart = slash === -1 ? text : text.slice(0, slash);
  const lenPart = slash === -1 ? '' : text.slice(slash + 1);
  if (!ipaddr.IPv6.isValid(ipPart) || ipaddr.IPv4.isValid(ipPart)) {
    return { ok: false, code: 'syntax', message: `“${text}” is not an IPv6 prefix such as 2001:db8::/64.` };
  }
  if (slash === -1) {
    return {
      ok: false,
      code: 'syntax',
      message: `“${text}” has no prefix length: write it as ${ipPart}/n.`,
      suggestion: `${ipPart}/64`,
    };
  }
  if (!/^\d{1,3}$/.test(lenPart) || Number(lenPart) > 128) {
    return {
      ok: false,
      code: 'prefix-length',
      message: `“/${lenPart}” is not a prefix length from /0 to /128.`,
    };
  }
  const prefixLength = Number(lenPart);
  const address = ipaddr.IPv6.parse(ipPart);
  if (address.zoneId !== undefined)
    return { ok: false, code: 'syntax', message: `“${text}” has a zone index; a prefix has none.` };
  const ip = bytesToBigInt(address.toByteArray());
  const hostBits = V6_BITS - BigInt(prefixLength);
  const start = (ip >> hostBits) << hostBits;
  if (start !== ip) {
    const suggestion = `${bigIntToIp6(start)}/${prefixLength}`;
    return {
      ok: false,
      code: 'host-bits',
      message: `${text} has host bits set: the network address is ${suggestion}.`,
      suggestion,
    };
  }
  return { ok: true, cidr: { start, prefixLength } as Cidr6 };
}

/** Parses an IPv6 prefix or returns undefined. */
export function tryParseCidr6(text: string): Cidr6 | undefined {
  const r = parseCidr6(text);
  return r.ok ? r.cidr : undefined;
}

/** Whether the text looks like an IPv6 prefix or address (a colon before any slash), valid or not. */
export function looksLikeIpv6(text: string): boolean {
  if (typeof text !== 'string') return false;
  const slash = text.indexOf('/');
  return (slash === -1 ? text : text.slice(0, slash)).includes(':');
}

/** Which address family a prefix is written in, and whether it is valid there. */
export function prefixFamily(text: string): 'ipv4' | 'ipv6' | 'invalid' {
  if (tryParseCidr(text)) return 'ipv4';
  return looksLikeIpv6(text) && tryParseCidr6(text) ? 'ipv6' : 'invalid';
}

export function formatCidr6(c: Cidr6): string {
  return `${bigIntToIp6(c.start)}/${c.prefixLength}`;
}

/** Number of addresses in an IPv6 block (a bigint: a /64 holds 2^64). */
export function cidr6Size(c: Cidr6): bigint {
  return 1n << (V6_BITS - BigInt(c.prefixLength));
}

export function cidr6Contains(outer: Cidr6, inner: Cidr6): boolean {
  return (
    inner.prefixLength >= outer.prefixLength &&
    inner.start >= outer.start &&
    inner.start + cidr6Size(inner) <= outer.start + cidr6Size(outer)
  );
}

export function cidr6Overlaps(a: Cidr6, b: Cidr6): boolean {
  return a.start < b.start + cidr6Size(b) && b.start < a.start + cidr6Size(a);
}
