/**
 * Every VNet and subnet prefix parsed once per design and shared by the rules. Invalid prefixes are
 * reported by NET001 alone; other rules skip them (undefined here).
 */
import { type Cidr, type KeyedCidr, tryParseCidr } from '../../ip/cidr';
import { DELEGATION_ENTERPRISE_POLICIES, type Design, type Subnet } from '../../model/schema';

export interface ParsedPrefixes {
  /** Subnet id → its parsed prefix (undefined when invalid); the first subnet of a duplicated id wins. */
  subnet: Map<string, Cidr | undefined>;
  /** The parsed prefix of `design.subnets[i]`, by position. */
  subnetAt: Array<Cidr | undefined>;
  /** VNet id → its valid address prefixes. */
  vnet: Map<string, Cidr[]>;
  /** VNet ids with at least one invalid address prefix. */
  vnetsWithInvalid: Set<string>;
  /** VNet id → its subnets with valid prefixes (first subnet of each id), in design order. */
  validSubnetsByVnet: Map<string, KeyedCidr<Subnet>[]>;
  /** Subnets delegated to Microsoft.PowerPlatform/enterprisePolicies (first of each id), in design order. */
  powerPlatformSubnets: Subnet[];
}

const cache = new WeakMap<Design, ParsedPrefixes>();

/** Parsed prefixes of the design (memoized on the design object). */
export function parsedPrefixes(design: Design): ParsedPrefixes {
  const hit = cache.get(design);
  if (hit) return hit;
  const subnet = new Map<string, Cidr | undefined>();
  const subnetAt: Array<Cidr | undefined> = new Array(design.subnets.length);
  const powerPlatformSubnets: Subnet[] = [];
  const validSubnetsByVnet = new Map<string, KeyedCidr<Subnet>[]>();
  for (let i = 0; i < design.subnets.length; i++) {
    const s = design.subnets[i] as Subnet;
    const c = tryParseCidr(s.prefix);
    subnetAt[i] = c;
    if (subnet.has(s.id)) continue;
    subnet.set(s.id, c);
    if (c) {
      const list = validSubnetsByVnet.get(s.vnetId);
      if (list) list.push({ key: s, cidr: c });
      else validSubnetsByVnet.set(s.vnetId, [{ key: s, cidr: c }]);
    }
    if (s.delegations.includes(DELEGATION_ENTERPRISE_POLICIES)) powerPlatformSubnets.push(s);
  }
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
  const result = { subnet, subnetAt, vnet, vnetsWithInvalid, validSubnetsByVnet, powerPlatformSubnets };
  cache.set(design, result);
  return result;
}
