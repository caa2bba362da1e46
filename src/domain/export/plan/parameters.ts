import { usesParam } from './expr';
import type { ExportPlan } from './types';

/** The deployment parameters every target shares: what differs from one deployment to the next. */
export const PARAMETERS = [
  {
    name: 'namePrefix',
    type: 'string',
    defaultValue: '',
    description: "Prefix added to the name of every top-level resource, e.g. 'contoso-' (empty by default).",
  },
  {
    name: 'crossScopePeerings',
    type: 'bool',
    defaultValue: true,
    description:
      'Deploy the peerings to VNets of other resource groups or subscriptions (false on a first deployment, before those VNets exist).',
  },
  {
    name: 'tags',
    type: 'object',
    defaultValue: {},
    description: 'Tags applied to every top-level resource.',
  },
] as const;

/** Names of the parameters the plan uses (unused parameters are left out; linters flag them). */
export function usedParameters(plan: ExportPlan): Set<string> {
  const used = new Set<string>();
  for (const r of plan.resources) {
    if (!r.parent && !r.existing) used.add('tags');
    for (const p of PARAMETERS) {
      if (usesParam(r.name, p.name) || usesParam(r.properties, p.name)) used.add(p.name);
      if (r.sku && usesParam(r.sku, p.name)) used.add(p.name);
      if (r.condition && usesParam(r.condition, p.name)) used.add(p.name);
    }
  }
  for (const o of plan.outputs) for (const p of PARAMETERS) if (usesParam(o.value, p.name)) used.add(p.name);
  return used;
}

/** ARM `parameters` for the used parameters. */
export function templateParameters(plan: ExportPlan): Record<string, unknown> {
  const used = usedParameters(plan);
  return Object.fromEntries(
    PARAMETERS.filter((p) => used.has(p.name)).map((p) => [
      p.name,
      { type: p.type, defaultValue: p.defaultValue, metadata: { description: p.description } },
    ]),
  );
}
