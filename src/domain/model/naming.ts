/**
 * Default names for new objects that say what and where: `snet-eastus`, `sql-westeurope`. Names stay
 * unique across the design (`-2`, `-3`, ... when taken), so labels and screen readers never repeat.
 */
import type { Design, PrivateResource } from './schema';

/** A name not yet used by objects of the list (`base`, then `base-2`, `base-3`, ...). */
export function uniqueName(base: string, taken: ReadonlyArray<{ name: string }>): string {
  const names = new Set(taken.map((t) => t.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new subnet's name: `snet-<region of its VNet>`, unique among all the design's subnets. */
export function defaultSubnetName(design: Design, vnetId: string): string {
  const region = design.vnets.find((v) => v.id === vnetId)?.region;
  return uniqueName(region ? `snet-${region}` : 'snet', design.subnets);
}

const resourceBase: Record<PrivateResource['kind'], string> = {
  Sql: 'sql',
  Storage: 'st',
  KeyVault: 'kv',
  Api: 'api',
  OnPremises: 'onprem',
  Other: 'res',
};

/** A new private resource's name: its kind and the region of the VNet it sits in (`sql-eastus`). */
export function defaultResourceName(design: Design, kind: PrivateResource['kind'], vnetId?: string): string {
  const region = design.vnets.find((v) => v.id === vnetId)?.region;
  return uniqueName(region ? `${resourceBase[kind]}-${region}` : resourceBase[kind], design.resources);
}

/** The id prefix of a new private resource. */
export const resourceIdBase = (kind: PrivateResource['kind']) => resourceBase[kind];
