import { findEntity } from '../../domain/model/operations';
import type { Design } from '../../domain/model/schema';

/**
 * What to call an object in headings: its name, or for a peering (which has none of its own) the two
 * VNets it joins; the id when nothing better exists.
 */
export function displayName(design: Design, id: string): string {
  const found = findEntity(design, id);
  if (!found) return id;
  if (found.collection === 'peerings') {
    const p = design.peerings.find((x) => x.id === id);
    const name = (vnetId: string) => design.vnets.find((v) => v.id === vnetId)?.name || vnetId;
    return p ? `${name(p.vnetAId)} ⇄ ${name(p.vnetBId)}` : id;
  }
  const named = found.entity as { name?: string };
  return named.name || id;
}
