import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** Groups items by a key, keeping groups of two or more. */
function duplicates<T>(items: readonly T[], key: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** NET008: Azure names are case-insensitive and unique per VNet (subnets) or resource group (VNets). */
export const net008: Rule = {
  id: 'NET008',
  severity: 'error',
  title: 'Duplicate name',
  docs: DOCS.naming,
  check(design, index) {
    const out: Finding[] = [];
    for (const [vnetId, subnets] of index.subnetsByVnet) {
      const vnet = index.vnets.get(vnetId);
      if (!vnet) continue;
      for (const group of duplicates(subnets, (s) => s.name.trim().toLowerCase() || undefined)) {
        const [first, ...rest] = group as [(typeof group)[0], ...typeof group];
        out.push(
          finding(
            net008,
            `${group.length} subnets in ${nameOf(vnet)} are named ${nameOf(first)}: give each a unique name.`,
            [...rest.map((s) => s.id), first.id, vnet.id],
          ),
        );
      }
    }
    const vnetKey = (v: (typeof design.vnets)[number]) =>
      v.name.trim() === ''
        ? undefined
        : `${v.subscriptionId}/${v.resourceGroup}/${v.name.trim()}`.toLowerCase();
    for (const group of duplicates([...index.vnets.values()], vnetKey)) {
      const [first, ...rest] = group as [(typeof group)[0], ...typeof group];
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
