import { scopeKey } from './plan/scopes';
import type { ExportPlan } from './plan/types';

/** What every export says first, as plain lines (each renderer turns them into comments or metadata). */
export interface ExportHeader {
  title: string;
  /** One line per validation error: `RULE: message`. */
  errors: string[];
  warnings: string[];
  /** What the export does not deploy. */
  notes: string[];
}

export function exportHeader(plan: ExportPlan): ExportHeader {
  return {
    title: `VNet Studio export of design "${plan.design.name}" for resource group ${plan.scope.resourceGroup} in subscription ${plan.scope.subscriptionId}.`,
    errors: plan.errors.map((f) => `${f.ruleId}: ${f.message}`),
    warnings: [
      ...(plan.scopes.length > 1
        ? [
            `The design spans ${plan.scopes.length} scopes (${plan.scopes.map(scopeKey).join(', ')}); this template covers ${scopeKey(plan.scope)}.`,
          ]
        : []),
      ...plan.warnings,
    ],
    notes: plan.notes,
  };
}

/** The header as comment lines, with `prefix` (`//` or `#`) in front of each. */
export function headerComments(header: ExportHeader, prefix: string, clean: (t: string) => string): string[] {
  const lines = [`${prefix} ${clean(header.title)}`];
  if (header.errors.length) {
    lines.push(
      `${prefix} WARNING: the design has ${header.errors.length} validation error${header.errors.length === 1 ? '' : 's'}; fix ${header.errors.length === 1 ? 'it' : 'them'} before deploying:`,
    );
    for (const e of header.errors) lines.push(`${prefix}   - ${clean(e)}`);
  }
  if (header.warnings.length) {
    lines.push(`${prefix} Notes:`);
    for (const w of header.warnings) lines.push(`${prefix}   - ${clean(w)}`);
  }
  if (header.notes.length) {
    lines.push(`${prefix} Not deployed by this export (do or check these yourself):`);
    for (const n of header.notes) lines.push(`${prefix}   - ${clean(n)}`);
  }
  return lines;
}
