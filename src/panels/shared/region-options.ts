/**
 * Option lists for region and geography pickers, built from the region catalogue: Azure regions grouped
 * by the Power Platform geography whose delegated VNets may use them, with display names.
 */
import { geographies, regionDisplayNames } from '../../domain/catalog/regions';
import type { ComboOption } from './catalog-combobox';
import type { SelectOption, SelectOptionGroup } from './select-field';

const regionOption = (region: string): SelectOption => {
  const display = regionDisplayNames[region];
  return { value: region, label: display ? `${display} (${region})` : region };
};

/**
 * Regions grouped by geography (a region appears once, under the first geography that allows it), then
 * every other known Azure region under "Other regions" (usable for VNets that Power Platform does not
 * delegate to, such as a hub).
 */
export function regionOptionGroups(): SelectOptionGroup[] {
  const seen = new Set<string>();
  const groups: SelectOptionGroup[] = [];
  for (const g of geographies) {
    const regions = [...new Set(g.pairs.flat())].filter((r) => !seen.has(r));
    for (const r of regions) seen.add(r);
    if (regions.length > 0) groups.push({ label: g.label, options: regions.map(regionOption) });
  }
  const others = Object.keys(regionDisplayNames)
    .filter((r) => !seen.has(r))
    .sort((a, b) => (regionDisplayNames[a] ?? a).localeCompare(regionDisplayNames[b] ?? b));
  if (others.length > 0) groups.push({ label: 'Other regions', options: others.map(regionOption) });
  return groups;
}

/** Enterprise policy locations, labelled by geography (`United Kingdom (uk)`). */
export function policyLocationOptions(): SelectOption[] {
  return geographies.map((g) => ({ value: g.policyLocation, label: `${g.label} (${g.policyLocation})` }));
}

/** Every location string an environment may report (policy locations and their aliases). */
export function environmentGeographyValues(): string[] {
  return [...new Set(geographies.flatMap((g) => [g.policyLocation, ...g.aliases]))];
}

/** Geographies with Virtual Network support, for searching by label: `United States (unitedstates)`. */
export function geographyComboOptions(): ComboOption[] {
  return geographies.map((g) => ({ value: g.policyLocation, label: `${g.label} (${g.policyLocation})` }));
}

/** Every region, searchable by display name, name or the geography it is listed under. */
export function regionComboOptions(): ComboOption[] {
  return regionOptionGroups().flatMap((g) => g.options.map((o) => ({ ...o, group: g.label })));
}
