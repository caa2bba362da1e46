import type { Subnet, VirtualNetwork } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** Groups items by key (one Map for the whole design), keeping groups of two or more, in first-seen order. */
function duplicates<T>(items: Iterable<T>, key: (item: T) => string | undefined): T[][] {
  const first = new Map<string, T>();
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const seen = first.get(k);
    if (seen === undefined) {
      first.set(k, item);
      continue;
    }
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [seen, item]);
  }
  return [...groups.values()];
}

/** NET008: Azure names are case-insensitive and unique per VNet (subnets) or resource group (VNets). */
export const net008: Rule = {
  id: 'NET008',
  severity: 'error',
  title: 'Duplicate name',
  docs: DOCS.naming,
  check(design, index) {
    const out: Finding[] = [];
    const subnetKey = (s: Subnet) => {
      const name = s.name.trim();
      return name === '' || !index.vnets.has(s.vnetId) ? undefined : `${s.vnetId}\u0000${name.toLowerCase()}`;
    };
    for (const group of duplicates(design.subnets, subnetKey)) {
      const [first, ...rest] = group as [Subnet, ...Subnet[]];
      const vnet = index.vnets.get(first.vnetId) as VirtualNetwork;
      out.push(
        finding(
          net008,
          `${group.length} subnets in ${nameOf(vnet)} are named ${nameOf(first)}: give each a unique name.`,
          [...rest.map((s) => s.id), first.id, vnet.id],
        ),
      );
    }
    const vnetKey = (v: VirtualNetwork) =>
      v.name.trim() === ''
        ? undefined
        : `${v.subscriptionId}/${v.resourceGroup}/${v.name.trim()}`.toLowerCase();
    for (const group of duplicates(index.vnets.values(), vnetKey)) {
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
