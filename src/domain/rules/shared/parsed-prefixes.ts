/**
 * Every VNet and subnet prefix parsed once per design and shared by the rules. Invalid prefixes are
 * reported by NET001 alone; other rules skip them (undefined here).
 */
import { type Cidr, tryParseCidr } from '../../ip/cidr';
import type { Design } from '../../model/schema';

export interface ParsedPrefixes {
  /** Subnet id → its parsed prefix (undefined when invalid). */
  subnet: Map<string, Cidr | undefined>;
  /** VNet id → its valid address prefixes. */
  vnet: Map<string, Cidr[]>;
  /** VNet ids with at least one invalid address prefix. */
  vnetsWithInvalid: Set<string>;
}

const cache = new WeakMap<Design, ParsedPrefixes>();

/** Parsed prefixes of the design (memoized on the design object). */
export function parsedPrefixes(design: Design): ParsedPrefixes {
  const hit = cache.get(design);
  if (hit) return hit;
  const subnet = new Map<string, Cidr | undefined>();
  for (const s of design.subnets) if (!subnet.has(s.id)) subnet.set(s.id, tryParseCidr(s.prefix));
  const vnet = new Map<string, Cidr[]>();
  const vnetsWithInvalid = new Set<string>();
  for (const v of design.vnets) {
    if (vnet.has(v.id)) continue;
    const list: Cidr[] = [];
    for (const text of v.addressPrefixes) {
      const c = tryParseCidr(text);
      if (c) list.push(c);
      else vnetsWithInvalid.add(v.id);
    }
    vnet.set(v.id, list);
  }
  const result = { subnet, vnet, vnetsWithInvalid };
  cache.set(design, result);
  return result;
}
