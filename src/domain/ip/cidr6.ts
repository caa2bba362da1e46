/**
 * The IPv6 half of dual-stack VNets (`Cidr6`). With `cidr.ts`, the only module that imports ipaddr.js.
 */
import ipaddr from 'ipaddr.js';
import { type CidrErrorCode, tryParseCidr } from './cidr';

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
