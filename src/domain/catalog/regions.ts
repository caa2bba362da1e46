/**
 * Power Platform geographies, enterprise-policy locations and the Azure regions their delegated VNets may
 * use. Sources: Microsoft's "Virtual Network support overview" region table
 * (https://learn.microsoft.com/power-platform/admin/vnet-support-overview#supported-regions) and the table
 * in microsoft/PowerPlatform-EnterprisePolicies `VnetValidations.ps1` (May 2026), which is newer and is
 * what actually refuses a policy.
 */

export interface Geography {
  /** Label shown to people. */
  label: string;
  /** The enterprise policy `location` string. */
  policyLocation: string;
  /** Other strings meaning the same geography (the environment's `location`, early-release locations). */
  aliases: readonly string[];
  /** Allowed VNet region pairs; a single-region geography has one entry of length 1. */
  pairs: ReadonlyArray<readonly string[]>;
  /** Extra explanation shown in messages. */
  note?: string;
}

export const geographies: readonly Geography[] = [
  {
    label: 'United States',
    policyLocation: 'unitedstates',
    aliases: [],
    pairs: [
      ['eastus', 'westus'],
      ['centralus', 'eastus2'],
    ],
    note: 'The two pairs cannot be mixed, and the pair must match the environment’s Azure region.',
  },
  {
    // Microsoft's module (`VnetValidations.ps1`) allows only East US + West US for these locations.
    label: 'United States (early release)',
    policyLocation: 'unitedstateseuap',
    aliases: ['centraluseuap', 'eastus2euap'],
    pairs: [['eastus', 'westus']],
    note: 'Early-release policy locations allow only East US + West US.',
  },
  {
    label: 'South Africa',
    policyLocation: 'southafrica',
    aliases: [],
    pairs: [['southafricanorth', 'southafricawest']],
  },
  {
    label: 'United Kingdom',
    policyLocation: 'uk',
    aliases: ['unitedkingdom'],
    pairs: [['uksouth', 'ukwest']],
  },
  { label: 'Japan', policyLocation: 'japan', aliases: [], pairs: [['japaneast', 'japanwest']] },
  { label: 'India', policyLocation: 'india', aliases: [], pairs: [['centralindia', 'southindia']] },
  { label: 'France', policyLocation: 'france', aliases: [], pairs: [['francecentral', 'francesouth']] },
  { label: 'Europe', policyLocation: 'europe', aliases: [], pairs: [['westeurope', 'northeurope']] },
  {
    label: 'Germany',
    policyLocation: 'germany',
    aliases: [],
    pairs: [['germanynorth', 'germanywestcentral']],
  },
  {
    label: 'Switzerland',
    policyLocation: 'switzerland',
    aliases: [],
    pairs: [['switzerlandnorth', 'switzerlandwest']],
  },
  { label: 'Canada', policyLocation: 'canada', aliases: [], pairs: [['canadacentral', 'canadaeast']] },
  { label: 'Brazil', policyLocation: 'brazil', aliases: [], pairs: [['brazilsouth']] },
  {
    label: 'Australia',
    policyLocation: 'australia',
    aliases: [],
    pairs: [['australiasoutheast', 'australiaeast']],
  },
  { label: 'Asia', policyLocation: 'asia', aliases: [], pairs: [['eastasia', 'southeastasia']] },
  {
    label: 'United Arab Emirates',
    policyLocation: 'uae',
    aliases: ['unitedarabemirates'],
    pairs: [['uaenorth']],
  },
  { label: 'Korea', policyLocation: 'korea', aliases: [], pairs: [['koreasouth', 'koreacentral']] },
  { label: 'Norway', policyLocation: 'norway', aliases: [], pairs: [['norwaywest', 'norwayeast']] },
  {
    label: 'Singapore',
    policyLocation: 'singapore',
    aliases: [],
    pairs: [['southeastasia']],
    note: 'Asia also uses southeastasia, as half of a pair.',
  },
  { label: 'Sweden', policyLocation: 'sweden', aliases: [], pairs: [['swedencentral']] },
  { label: 'Italy', policyLocation: 'italy', aliases: [], pairs: [['italynorth']] },
  {
    label: 'US Government (GCC High)',
    policyLocation: 'usgov',
    aliases: [],
    pairs: [['usgovtexas', 'usgovvirginia']],
  },
  {
    label: 'US Government (DoD)',
    policyLocation: 'usdod',
    aliases: [],
    pairs: [['usdodeast', 'usdodcentral']],
  },
];

/** Geographies where VNet support does not exist (for clearer messages). */
export const unsupportedGeographies: Readonly<Record<string, string>> = {
  usgcc: 'US Government Community Cloud (GCC, moderate) has no Virtual Network support.',
  china: 'China has no Virtual Network support.',
};

/** Pairs published in older guides that no longer hold; a design using them gets POL004 with this note. */
export const outdatedRegions: Readonly<Record<string, readonly string[]>> = {
  brazil: ['southcentralus'],
  uae: ['uaecentral'],
};

/** Azure region display names. */
export const regionDisplayNames: Readonly<Record<string, string>> = {
  eastus: 'East US',
  westus: 'West US',
  centralus: 'Central US',
  eastus2: 'East US 2',
  westus2: 'West US 2',
  westus3: 'West US 3',
  northcentralus: 'North Central US',
  southcentralus: 'South Central US',
  westcentralus: 'West Central US',
  southafricanorth: 'South Africa North',
  southafricawest: 'South Africa West',
  uksouth: 'UK South',
  ukwest: 'UK West',
  japaneast: 'Japan East',
  japanwest: 'Japan West',
  centralindia: 'Central India',
  southindia: 'South India',
  francecentral: 'France Central',
  francesouth: 'France South',
  westeurope: 'West Europe',
  northeurope: 'North Europe',
  germanynorth: 'Germany North',
  germanywestcentral: 'Germany West Central',
  switzerlandnorth: 'Switzerland North',
  switzerlandwest: 'Switzerland West',
  canadacentral: 'Canada Central',
  canadaeast: 'Canada East',
  brazilsouth: 'Brazil South',
  australiaeast: 'Australia East',
  australiasoutheast: 'Australia Southeast',
  eastasia: 'East Asia',
  southeastasia: 'Southeast Asia',
  uaenorth: 'UAE North',
  uaecentral: 'UAE Central',
  koreacentral: 'Korea Central',
  koreasouth: 'Korea South',
  norwayeast: 'Norway East',
  norwaywest: 'Norway West',
  swedencentral: 'Sweden Central',
  italynorth: 'Italy North',
  usgovtexas: 'US Gov Texas',
  usgovvirginia: 'US Gov Virginia',
  usdodeast: 'US DoD East',
  usdodcentral: 'US DoD Central',
};

const byKey = new Map<string, Geography>();
for (const g of geographies) {
  byKey.set(g.policyLocation, g);
  for (const a of g.aliases) byKey.set(a, g);
}

/** The geography a policy location or environment location string names (aliases included), if supported. */
export function findGeography(location: string): Geography | undefined {
  return byKey.get(location.trim().toLowerCase());
}

/**
 * The geography that typed text means: its location string or an alias ("unitedstates"), or its label
 * as people write it ("United States", any case). Undefined for anything else.
 */
export function resolveGeography(text: string): Geography | undefined {
  const t = text.trim().toLowerCase();
  return findGeography(t) ?? geographies.find((g) => g.label.toLowerCase() === t);
}

/** The Azure region that typed text means: its name ("eastus") or display name ("East US", any case). */
export function resolveRegion(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (t in regionDisplayNames) return t;
  return Object.entries(regionDisplayNames).find(([, label]) => label.toLowerCase() === t)?.[0];
}

/** Whether the geography needs two delegated subnets (one in each region of a pair). */
export function isPaired(geography: Geography): boolean {
  return (geography.pairs[0]?.length ?? 0) === 2;
}

/** Every Azure region allowed for the geography's VNets. */
export function allowedRegions(geography: Geography): string[] {
  return [...new Set(geography.pairs.flat())];
}

/** The allowed pair (or single region) containing both given regions, if any. */
export function findPair(geography: Geography, regions: readonly string[]): readonly string[] | undefined {
  return geography.pairs.find((pair) => regions.every((r) => pair.includes(r)));
}

/** "East US (eastus)" style label; unknown regions show their identifier. */
export function regionLabel(region: string): string {
  const display = regionDisplayNames[region];
  return display ? display : region;
}

/** For a paired geography, the other region of the pair containing `region`. */
export function twinRegion(geography: Geography, region: string): string | undefined {
  const pair = geography.pairs.find((p) => p.length === 2 && p.includes(region));
  return pair?.find((r) => r !== region);
}

/** The geography whose regions contain the given Azure region (first match). */
export function geographyOfRegion(region: string): Geography | undefined {
  return geographies.find((g) => g.pairs.some((p) => p.includes(region)));
}

/** Azure regions outside every allowed pair, by the geography they sit in (for messages only). */
const otherRegionGeographies: Readonly<Record<string, string>> = {
  eastus2euap: 'unitedstates',
  centraluseuap: 'unitedstates',
  westus2: 'unitedstates',
  westus3: 'unitedstates',
  northcentralus: 'unitedstates',
  southcentralus: 'unitedstates',
  westcentralus: 'unitedstates',
  uaecentral: 'uae',
};

/**
 * Every geography an Azure region belongs to (`southeastasia` is in Asia and Singapore), for naming the
 * geography when someone types a region where a policy location belongs.
 */
export function geographiesOfRegion(region: string): Geography[] {
  const r = region.trim().toLowerCase();
  const found = geographies.filter((g) => g.pairs.some((p) => p.includes(r)));
  const other = otherRegionGeographies[r];
  if (found.length === 0 && other) {
    const g = findGeography(other);
    if (g) found.push(g);
  }
  return found;
}

/**
 * Environment locations that differ from the policy location they may be linked to, as Microsoft's module
 * accepts them (`Enable-SubnetInjection.ps1`; the UAE pair since its 2026-06-23 release).
 */
const linkableLocationPairs: ReadonlyArray<readonly [string, string]> = [
  ['unitedstates', 'unitedstateseuap'],
  ['unitedkingdom', 'uk'],
  ['unitedarabemirates', 'uae'],
];

/**
 * Whether an environment reporting `environmentLocation` may be linked to a policy at `policyLocation`:
 * the same string, or one of the module's accepted pairs (`unitedstates` → `unitedstateseuap` only among
 * the early-release locations).
 */
export function locationsLink(environmentLocation: string, policyLocation: string): boolean {
  const env = environmentLocation.trim().toLowerCase();
  const pol = policyLocation.trim().toLowerCase();
  return env === pol || linkableLocationPairs.some(([e, p]) => e === env && p === pol);
}

/** The policy locations an environment reporting `environmentLocation` may be linked to. */
export function linkablePolicyLocations(environmentLocation: string): string[] {
  const known = geographies.flatMap((g) => [g.policyLocation, ...g.aliases]);
  return known.filter((l) => locationsLink(environmentLocation, l) && !environmentOnly.has(l));
}

/** Environment spellings that are not policy locations (`unitedkingdom`, `unitedarabemirates`). */
const environmentOnly = new Set(['unitedkingdom', 'unitedarabemirates']);
