import type { Subnet, VirtualNetwork } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** Groups items by key in `seen` (cleared first), keeping groups of two or more, in first-seen order. */
function duplicates<T>(
  items: Iterable<T>,
  key: (item: T) => string | undefined,
  seen: Map<string, T[]>,
): T[][] {
  seen.clear();
  let groups: T[][] | undefined;
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const g = seen.get(k);
    if (!g) {
      seen.set(k, [item]);
      continue;
    }
    g.push(item);
    if (g.length === 2) (groups ??= []).push(g);
  }
  return groups ?? [];
}

const subnetKey = (s: Subnet) => {
  const name = s.name.trim();
  return name === '' ? undefined : name.toLowerCase();
};
const vnetKey = (v: VirtualNetwork) =>
  v.name.trim() === '' ? undefined : `${v.subscriptionId}/${v.resourceGroup}/${v.name.trim()}`.toLowerCase();

const NON_ASCII = /[^\x00-\x7f]/;

/** ASCII case-insensitive equality without allocating (other characters compare exactly). */
function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y || x > 127) return false;
  }
  return true;
}

/** Whether a few subnets all have distinct names, by pairwise comparison (no allocation); inconclusive for padded or non-ASCII names. */
function allDistinct(subnets: readonly Subnet[]): boolean {
  for (let i = 0; i < subnets.length; i++) {
    const a = (subnets[i] as Subnet).name;
    if (a !== a.trim() || NON_ASCII.test(a)) return false;
    for (let j = i + 1; j < subnets.length; j++) if (sameName(a, (subnets[j] as Subnet).name)) return false;
  }
  return true;
}

/** NET008: Azure names are case-insensitive and unique per VNet (subnets) or resource group (VNets). */
export const net008: Rule = {
  id: 'NET008',
  severity: 'error',
  title: 'Duplicate name',
  docs: DOCS.naming,
  check(_design, index) {
    const out: Finding[] = [];
    const seenSubnets = new Map<string, Subnet[]>();
    for (const [vnetId, subnets] of index.subnetsByVnet) {
      const vnet = index.vnets.get(vnetId);
      if (!vnet || subnets.length < 2 || (subnets.length <= 32 && allDistinct(subnets))) continue;
      for (const group of duplicates(subnets, subnetKey, seenSubnets)) {
        const [first, ...rest] = group as [Subnet, ...Subnet[]];
        out.push(
          finding(
            net008,
            `${group.length} subnets in ${nameOf(vnet)} are named ${nameOf(first)}: give each a unique name.`,
            [...rest.map((s) => s.id), first.id, vnet.id],
          ),
        );
      }
    }
    for (const group of duplicates(index.vnets.values(), vnetKey, new Map())) {
      const [first, ...rest] = group as [VirtualNetwork, ...VirtualNetwork[]];
      out.push(
        finding(
          net008,
          `${group.length} VNets in resource group ${first.resourceGroup} are named ${nameOf(first)}: rename one or move it to another resource group.`,
          [...rest.map((v) => v.id), first.id],
        ),
      );
    }
    return out;
  },
};
