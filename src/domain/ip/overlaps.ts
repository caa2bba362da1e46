/**
 * Overlap finding among IPv4 blocks (sort-and-sweep, O(n log n + output)), used by the overlap rules and
 * the importer.
 */
import { type Cidr, cidrEnd } from './cidr';

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
