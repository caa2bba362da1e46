import type { Design } from '../model/schema';
import { type DeploymentTargetId, deploymentTarget, deploymentTargets } from './deployment-targets';
import { exportFileStem } from './file-stem';
import { buildExportPlan, type PlanOptions } from './plan/build-plan';

export interface ExportOptions extends PlanOptions {
  target: ExportTarget;
  /** The files' name stem (the studio uses the design's name slug); the design id when absent. */
  fileStem?: string;
}

export interface ExportResult {
  text: string;
  /** Suggested file name (safe on every platform). */
  fileName: string;
  mediaType: string;
  /** Notes for the user: references not included, objects left to other scopes, ... */
  warnings: string[];
  /**
   * What the export does not deploy and the reader must do or check (routes to appliances it does not
   * create, policy subnets in other resource groups, placeholder ids). Empty for pipelines and documents.
   */
  notes: string[];
  /** Number of validation errors listed at the top of the text. */
  errorCount: number;
}

export type ExportTarget = DeploymentTargetId;
export const exportTargets: ExportTarget[] = deploymentTargets.map((t) => t.id);

/**
 * Exports a design (or a selection of it) as an ARM template, a Bicep file or the post-deployment
 * PowerShell script, for one resource group (see {@link PlanOptions.scope}). Synchronous and pure.
 * Throws an Error with a readable message for an unknown target or a malformed scope.
 */
export function exportDesign(design: Design, options: ExportOptions): ExportResult {
  const target = deploymentTarget(options.target);
  if (!target)
    throw new Error(`Unknown export target "${options.target}": use one of ${exportTargets.join(', ')}.`);
  const plan = buildExportPlan(design, options);
  const stem = exportFileStem(plan, options.fileStem);
  return {
    text: target.render(plan, stem, { ...options, design }),
    fileName: `${stem}${target.extension}`,
    mediaType: target.mediaType,
    warnings: plan.warnings,
    notes: target.family === 'pipeline' ? [] : plan.notes,
    errorCount: plan.errors.length,
  };
}
