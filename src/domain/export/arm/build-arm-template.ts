import { exportHeader } from '../header';
import { referencedSymbols } from '../plan/expr';
import { templateParameters } from '../plan/parameters';
import type { ExportPlan, PlannedResource } from '../plan/types';
import { commentText } from '../text-safety';
import {
  armLiteralString,
  armNameSegment,
  armValue,
  nameSegments,
  type ResourceLookup,
  resourceLookup,
} from './arm-expression';

export const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** An ARM deployment template as a plain JSON object. */
export type ArmTemplate = Record<string, unknown> & { resources: Record<string, unknown>[] };

/**
 * The plan as an ARM template (resource group scope). ARM JSON has no comments, so the validation errors
 * and notes go first into the template's `metadata` (free-form in the published schema).
 */
export function buildArmTemplate(plan: ExportPlan): ArmTemplate {
  const lookup = lookupOf(plan);
  const header = exportHeader(plan);
  // metadata is prose: one line per entry (bicep decompile mishandles line breaks in it)
  const vnetStudio: Record<string, unknown> = { design: commentText(plan.design.name) };
  if (header.errors.length) vnetStudio.validationErrors = header.errors.map(commentText);
  if (header.warnings.length) vnetStudio.notes = header.warnings.map(commentText);
  if (header.notes.length) vnetStudio.notDeployed = header.notes.map(commentText);
  // an existing resource has no entry: references to it are resource IDs
  const resources = plan.resources.filter((r) => !r.existing).map((r) => armResource(r, lookup));
  const outputs = Object.fromEntries(
    plan.outputs.map((o) => [
      o.name,
      { type: 'string', metadata: { description: o.description }, value: armValue(o.value, lookup) },
    ]),
  );
  const parameters = templateParameters(plan);
  const variables = Object.fromEntries(
    [...lookup.nameVariables].map(([text, name]) => [name, armLiteralString(text)]),
  );
  return {
    $schema: ARM_SCHEMA,
    contentVersion: '1.0.0.0',
    metadata: { description: commentText(header.title), vnetStudio },
    ...(Object.keys(parameters).length ? { parameters } : {}),
    ...(Object.keys(variables).length ? { variables } : {}),
    resources,
    ...(plan.outputs.length ? { outputs } : {}),
  };
}

export function lookupOf(plan: ExportPlan): ResourceLookup {
  return resourceLookup(plan.resources);
}

/** The resource's name as ARM wants it: a child's name is `parent/child`. */
function armName(r: PlannedResource, lookup: ResourceLookup): unknown {
  const segments = nameSegments(r, lookup);
  if (segments.length === 1) return armValue(r.name, lookup);
  const holes = segments.map((_, i) => `{${i}}`).join('/');
  return `[format('${holes}', ${segments.map((s) => armNameSegment(s, lookup)).join(', ')})]`;
}

/**
 * One resource; dependsOn lists the parent first, then every deployed resource it refers to or waits for
 * (never an existing one: it is not in the template).
 */
export function armResource(r: PlannedResource, lookup: ResourceLookup): Record<string, unknown> {
  const deps = referencedSymbols(r.properties, [
    ...(r.parent ? [r.parent] : []),
    ...(r.dependsOn ?? []),
  ]).filter((s) => s !== r.symbol && !lookup(s)?.existing);
  const out: Record<string, unknown> = {};
  if (r.condition) out.condition = armValue(r.condition, lookup);
  Object.assign(out, { type: r.type, apiVersion: r.apiVersion, name: armName(r, lookup) });
  if (r.location !== undefined) out.location = r.location;
  if (!r.parent) out.tags = "[parameters('tags')]";
  if (r.kind !== undefined) out.kind = r.kind;
  if (r.sku) out.sku = armValue(r.sku, lookup);
  out.properties = armValue(r.properties, lookup);
  if (deps.length) {
    out.dependsOn = deps.map((symbol) => {
      const target = lookup(symbol);
      if (!target) throw new Error(`No resource "${symbol}" in the template.`);
      return armValue(
        { k: 'id', target: { symbol, type: target.type, names: nameSegments(target, lookup) } },
        lookup,
      );
    });
  }
  return out;
}

/** The template as text, two-space indented, with a final newline. */
export function armTemplateText(plan: ExportPlan): string {
  return `${JSON.stringify(buildArmTemplate(plan), null, 2)}\n`;
}
