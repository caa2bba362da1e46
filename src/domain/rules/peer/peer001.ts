import { type Cidr, cidrEnd, cidrOverlaps, formatCidr } from '../../ip/cidr';
import type { Design } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

/** Overlapping pairs named in a message; the rest are counted. */
const SHOWN_PAIRS = 3;

/**
 * Each VNet's address space as its outermost prefixes: disjoint, ascending, with nested and repeated
 * prefixes folded into the block that holds them (prefixes either nest or are disjoint). Built once per
 * design, so a peering costs O(m log n) in its VNets' prefix counts, however they overlap.
 */
const outermostCache = new WeakMap<Design, Map<string, Cidr[]>>();
function outermostPrefixes(design: Design, vnetId: string): Cidr[] {
  let byVnet = outermostCache.get(design);
  if (!byVnet) outermostCache.set(design, (byVnet = new Map()));
  const hit = byVnet.get(vnetId);
  if (hit) return hit;
  const list = parsedPrefixes(design).vnet.get(vnetId) ?? [];
  if (list.length < 2) return list; // the usual case: nothing to sort or fold
  const sorted = [...list].sort((a, b) => a.start - b.start || a.prefixLength - b.prefixLength);
  const roots: Cidr[] = [];
  for (const c of sorted) {
    const last = roots[roots.length - 1];
    if (!last || c.start > cidrEnd(last)) roots.push(c);
  }
  byVnet.set(vnetId, roots);
  return roots;
}

/** First index of `sorted` whose start is at least `start`. */
function lowerBound(sorted: readonly Cidr[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as Cidr).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The overlapping pairs (first few, and how many) of two disjoint ascending lists of blocks. */
function overlapsBetween(
  small: readonly Cidr[],
  large: readonly Cidr[],
): { shown: [Cidr, Cidr][]; count: number } {
  const shown: [Cidr, Cidr][] = [];
  let count = 0;
  for (const y of small) {
    const from = lowerBound(large, y.start);
    // The block of `large` that starts at or before y and holds it (at most one: `large` is disjoint) ...
    const before = large[from - 1];
    let hits = 0;
    if (before && cidrEnd(before) >= y.start) {
      hits++;
      if (shown.length < SHOWN_PAIRS) shown.push([y, before]);
    }
    // ... and the blocks that start inside y (y holds them all).
    const to = lowerBound(large, cidrEnd(y) + 1);
    for (let i = from; i < to && shown.length < SHOWN_PAIRS; i++) shown.push([y, large[i] as Cidr]);
    hits += to - from;
    count += hits;
  }
  return { shown, count };
}

/** "a and b; c and d; and 3 more", or undefined when the two address spaces are disjoint. */
function describeOverlaps(pa: readonly Cidr[], pb: readonly Cidr[]): string | undefined {
  const aSmaller = pa.length <= pb.length;
  const { shown: pairs, count } = overlapsBetween(aSmaller ? pa : pb, aSmaller ? pb : pa);
  if (count === 0) return undefined;
  const texts = pairs.map(([small, large]) => {
    const [x, y] = aSmaller ? [small, large] : [large, small];
    return `${formatCidr(x)} and ${formatCidr(y)}`;
  });
  return count > texts.length ? `${texts.join('; ')}; and ${count - texts.length} more` : texts.join('; ');
}

/** PEER001: peered VNets can't have overlapping address spaces. */
export const peer001: Rule = {
  id: 'PEER001',
  severity: 'error',
  title: 'Peered VNets overlap',
  docs: DOCS.peering,
  check(design, index) {
    const out: Finding[] = [];
    // Many peerings between the same two VNets compare their prefixes once.
    const seen = new Map<string, string | undefined>();
    for (const p of design.peerings) {
      if (p.vnetAId === p.vnetBId) continue; // PEER004
      const a = index.vnets.get(p.vnetAId);
      const b = index.vnets.get(p.vnetBId);
      if (!a || !b) continue;
      const pa = outermostPrefixes(design, a.id);
      const pb = outermostPrefixes(design, b.id);
      if (pa.length === 0 || pb.length === 0) continue;
      let shown: string | undefined;
      if (pa.length === 1 && pb.length === 1) {
        // The usual case, settled without allocating.
        const x = pa[0] as Cidr;
        const y = pb[0] as Cidr;
        if (!cidrOverlaps(x, y)) continue;
        shown = `${formatCidr(x)} and ${formatCidr(y)}`;
      } else {
        const key = `${a.id}\u0000${b.id}`;
        if (seen.has(key)) shown = seen.get(key);
        else {
          shown = describeOverlaps(pa, pb);
          seen.set(key, shown);
        }
      }
      if (shown === undefined) continue;
      out.push(
        finding(
          peer001,
          `Peered VNets ${nameOf(a)} and ${nameOf(b)} overlap (${shown}): readdress one of them or remove the peering.`,
          [p.id, a.id, b.id],
        ),
      );
    }
    return out;
  },
};
