import { buildIpPlan } from '../ip-plan/build-ip-plan';
import { renderIpPlanCsv } from '../ip-plan/render-delimited';
import type { Design } from '../model/schema';
import { renderDesignReportMarkdown } from '../report/render-markdown';
import { armTemplateText } from './arm/build-arm-template';
import { renderBicep } from './bicep/render-bicep';
import { exportFileStem } from './file-stem';
import { buildExportPlan, type PlanOptions } from './plan/build-plan';
import type { ExportPlan } from './plan/types';
import { renderPostDeploymentScript } from './script/render-post-deployment-script';

export interface ExportOptions extends PlanOptions {
  target: ExportTarget;
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
   * create, policy subnets in other resource groups, placeholder ids). Empty for the IP plan and report.
   */
  notes: string[];
  /** Number of validation errors listed at the top of the text. */
  errorCount: number;
}

interface TargetDefinition {
  extension: string;
  mediaType: string;
  render(plan: ExportPlan, fileStem: string): string;
  /** A deployment target (its notes say what it does not deploy). */
  deploys?: boolean;
}

/** The export targets. Adding one is adding a row. */
const targets = {
  arm: {
    extension: '.json',
    mediaType: 'application/json',
    render: (plan) => armTemplateText(plan),
    deploys: true,
  },
  bicep: { extension: '.bicep', mediaType: 'text/plain', render: (plan) => renderBicep(plan), deploys: true },
  script: {
    extension: '.ps1',
    mediaType: 'text/plain',
    render: (plan, stem) => renderPostDeploymentScript(plan, { templateFile: `${stem}.bicep` }),
    deploys: true,
  },
  // The IP plan and the review report describe the whole design, whatever the selection or scope.
  csv: {
    extension: '.ip-plan.csv',
    mediaType: 'text/csv',
    render: (plan) => renderIpPlanCsv(buildIpPlan(plan.design, { includeFree: true })),
  },
  report: {
    extension: '.review.md',
    mediaType: 'text/markdown',
    render: (plan) => renderDesignReportMarkdown(plan.design),
  },
} satisfies Record<string, TargetDefinition>;

export type ExportTarget = keyof typeof targets;
export const exportTargets = Object.keys(targets) as ExportTarget[];

/**
 * Exports a design (or a selection of it) as an ARM template, a Bicep file or the post-deployment
 * PowerShell script, for one resource group (see {@link PlanOptions.scope}). Synchronous and pure.
 * Throws an Error with a readable message for an unknown target or a malformed scope.
 */
export function exportDesign(design: Design, options: ExportOptions): ExportResult {
  const target: TargetDefinition | undefined = (targets as Record<string, TargetDefinition>)[options.target];
  if (!target)
    throw new Error(`Unknown export target "${options.target}": use one of ${exportTargets.join(', ')}.`);
  const plan = buildExportPlan(design, options);
  const stem = exportFileStem(plan);
  return {
    text: target.render(plan, stem),
    fileName: `${stem}${target.extension}`,
    mediaType: target.mediaType,
    warnings: plan.warnings,
    notes: target.deploys === true ? plan.notes : [],
    errorCount: plan.errors.length,
  };
}
