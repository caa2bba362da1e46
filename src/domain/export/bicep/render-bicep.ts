import { exportHeader, headerComments } from '../header';
import { PARAMETERS, usedParameters } from '../plan/parameters';
import type { ExportPlan, PlannedResource } from '../plan/types';
import { commentText } from '../text-safety';
import { bicepExpression } from './bicep-expression';
import { bicepString } from './bicep-string';

/**
 * A resource that already exists in Azure: declared `existing` so that the template can refer to it
 * (`.id`, a parent for new child resources) without redeploying it.
 */
function bicepExistingResource(r: PlannedResource): string {
  const lines = [
    `// ${r.label} ${commentText(JSON.stringify(r.displayName))} (design object ${r.sourceId}), already in Azure`,
    `resource ${r.symbol} '${r.type}@${r.apiVersion}' existing = {`,
    `  name: ${bicepExpression(r.name, '  ')}`,
  ];
  if (r.scope) {
    lines.push(
      `  scope: resourceGroup(${bicepString(r.scope.subscriptionId)}, ${bicepString(r.scope.resourceGroup)})`,
    );
  }
  lines.push('}');
  return lines.join('\n');
}

/** One resource declaration, preceded by a comment naming the design object. */
export function bicepResource(r: PlannedResource): string {
  if (r.existing) return bicepExistingResource(r);
  const lines = [
    `// ${r.label} ${commentText(JSON.stringify(r.displayName))} (design object ${r.sourceId})`,
    `resource ${r.symbol} '${r.type}@${r.apiVersion}' = ${r.condition ? `if (${bicepExpression(r.condition)}) ` : ''}{`,
  ];
  if (r.parent) lines.push(`  parent: ${r.parent}`);
  lines.push(`  name: ${bicepExpression(r.name, '  ')}`);
  if (r.location !== undefined) lines.push(`  location: ${bicepString(r.location)}`);
  if (!r.parent) lines.push('  tags: tags');
  if (r.kind !== undefined) lines.push(`  kind: ${bicepString(r.kind)}`);
  if (r.sku) lines.push(`  sku: ${bicepExpression(r.sku, '  ')}`);
  lines.push(`  properties: ${bicepExpression(r.properties, '  ')}`);
  if (r.dependsOn?.length) lines.push('  dependsOn: [', ...r.dependsOn.map((d) => `    ${d}`), '  ]');
  lines.push('}');
  return lines.join('\n');
}

/**
 * The plan as a Bicep file (resource group scope): header comments (validation errors first), the
 * parameters it uses, resources with symbolic references (dependencies are implicit), and outputs.
 */
export function renderBicep(plan: ExportPlan): string {
  const blocks: string[] = [headerComments(exportHeader(plan), '//', commentText).join('\n')];
  const used = usedParameters(plan);
  for (const p of PARAMETERS) {
    if (!used.has(p.name)) continue;
    const value =
      typeof p.defaultValue === 'string'
        ? bicepString(p.defaultValue)
        : typeof p.defaultValue === 'boolean'
          ? String(p.defaultValue)
          : '{}';
    blocks.push(`@description(${bicepString(p.description)})\nparam ${p.name} ${p.type} = ${value}`);
  }
  for (const r of plan.resources) blocks.push(bicepResource(r));
  for (const o of plan.outputs) {
    blocks.push(
      `@description(${bicepString(o.description)})\noutput ${o.name} string = ${bicepExpression(o.value)}`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}
