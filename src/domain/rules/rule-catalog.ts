import { allRules } from './all-rules';
import type { Severity } from './types';

export type RuleFamily =
  | 'Environments'
  | 'Enterprise policies'
  | 'Delegated subnets'
  | 'Addresses and VNets'
  | 'Peerings'
  | 'Reachability and failover'
  | 'NAT gateways, NSGs, route tables, DNS';

export interface RuleCatalogEntry {
  id: string;
  severity: Severity;
  title: string;
  family: RuleFamily;
  docs?: string;
}

const families: ReadonlyArray<[RegExp, RuleFamily]> = [
  [/^ENV/, 'Environments'],
  [/^POL/, 'Enterprise policies'],
  [/^SUB/, 'Delegated subnets'],
  [/^NET/, 'Addresses and VNets'],
  [/^PEER/, 'Peerings'],
  [/^REACH/, 'Reachability and failover'],
  [/^(NAT|NSG|DNS)/, 'NAT gateways, NSGs, route tables, DNS'],
];

/** The section of the catalogue (`rules.md`) a rule ID belongs to. */
export function ruleFamily(id: string): RuleFamily {
  return families.find(([re]) => re.test(id))?.[1] ?? 'Addresses and VNets';
}

/** Every rule by ID, for the UI (titles, severities, families) and the CLI. */
export const ruleCatalog: Readonly<Record<string, RuleCatalogEntry>> = Object.fromEntries(
  allRules.map((r) => [
    r.id,
    {
      id: r.id,
      severity: r.severity,
      title: r.title,
      family: ruleFamily(r.id),
      ...(r.docs ? { docs: r.docs } : {}),
    },
  ]),
);
