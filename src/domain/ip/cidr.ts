/**
 * IPv4 address math (`Cidr`; IPv6 is in `cidr6.ts`, overlap finding in `overlaps.ts`). With `cidr6.ts`, the only module
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
