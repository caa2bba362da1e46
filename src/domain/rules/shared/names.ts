/** Display names for messages: the design's own names, with a fallback to the id when a name is blank. */
import type { DesignIndex } from '../../model/design-index';
import type { Subnet } from '../../model/schema';

/** The name people gave an object, or its id when they left it blank. */
export function nameOf(entity: { id: string; name: string }): string {
  const n = entity.name.trim();
  return n === '' ? entity.id : n;
}

/** "snet-pp in vnet-pp-eus" (or just the subnet when its VNet is missing). */
export function subnetLabel(subnet: Subnet, index: DesignIndex): string {
  const vnet = index.vnets.get(subnet.vnetId);
  return vnet ? `${nameOf(subnet)} in ${nameOf(vnet)}` : nameOf(subnet);
}

/** "a, b and c" */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "1 environment" / "3 environments" */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
