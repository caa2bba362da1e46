/**
 * Every VNet and subnet prefix parsed once per design and shared by the rules. Invalid prefixes are
 * reported by NET001 alone; other rules skip them (undefined here).
 */
import { type Cidr, tryParseCidr } from '../../ip/cidr';
import { prefixFamily } from '../../ip/cidr6';
import { type KeyedCidr } from '../../ip/overlaps';
import { indexDesign } from '../../model/design-index';
import { DELEGATION_ENTERPRISE_POLICIES, type Design, type Subnet } from '../../model/schema';

export interface ParsedPrefixes {
  /** The parsed prefix of `design.subnets[i]`, by position. */
  subnetAt: Array<Cidr | undefined>;
  /** VNet id → its valid IPv4 address prefixes (IPv6 prefixes of dual-stack VNets are not here). */
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
  // Lean on purpose: this lives as long as the design, so at scale every byte here is copied by the GC.
  const index = indexDesign(design);
  const subnetAt: Array<Cidr | undefined> = new Array(design.subnets.length);
  const powerPlatformSubnets: Subnet[] = [];
  const validSubnetsByVnet = new Map<string, KeyedCidr<Subnet>[]>();
  for (let i = 0; i < design.subnets.length; i++) {
    const s = design.subnets[i] as Subnet;
    const c = tryParseCidr(s.prefix);
    subnetAt[i] = c;
    if (index.subnets.get(s.id) !== s) continue; // a duplicated id: the first subnet is the one lookups find
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
      // The IPv6 half of a dual-stack VNet is valid; IPv4 math leaves it aside.
      else if (prefixFamily(text) !== 'ipv6') vnetsWithInvalid.add(v.id);
    }
    vnet.set(v.id, list);
  }
  const result = { subnetAt, vnet, vnetsWithInvalid, validSubnetsByVnet, powerPlatformSubnets };
  cache.set(design, result);
  return result;
}
