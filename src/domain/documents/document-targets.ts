/**
 * Documents that describe a design rather than deploy it: the IP plan (CSV) and the review report
 * (Markdown). A table of their own, above both the exporters and the report, so that neither of those
 * packages imports the other's way (the report uses the exporters; the exporters know no report).
 */

import type { ExportResult } from '../export/export-design';
import { exportFileStem } from '../export/file-stem';
import { buildExportPlan, type PlanOptions } from '../export/plan/build-plan';
import { buildIpPlan } from '../ip-plan/build-ip-plan';
import { renderIpPlanCsv } from '../ip-plan/render-delimited';
import type { Design } from '../model/schema';
import { renderDesignReportMarkdown } from '../report/render-markdown';

export interface DocumentTarget<Id extends string = string> {
  id: Id;
  label: string;
  extension: string;
  mediaType: string;
  /** The document of the whole design (documents ignore selection and scope). */
  render(design: Design): string;
}

const documentTarget = <Id extends string>(t: DocumentTarget<Id>) => t;

export const documentTargets = [
  documentTarget({
    id: 'csv',
    label: 'IP plan (CSV)',
    extension: '.ip-plan.csv',
    mediaType: 'text/csv',
    render: (design) => renderIpPlanCsv(buildIpPlan(design, { includeFree: true })),
  }),
  documentTarget({
    id: 'report',
    label: 'Review report (Markdown)',
    extension: '.review.md',
    mediaType: 'text/markdown',
    render: (design) => renderDesignReportMarkdown(design),
  }),
] as const;

export type DocumentTargetId = (typeof documentTargets)[number]['id'];
export const documentTargetIds: DocumentTargetId[] = documentTargets.map((d) => d.id);

/**
 * A document of the design, named like its exports (the plan gives the file stem and the text every
 * target shares). Throws an Error when no document has that id.
 */
export function exportDocument(design: Design, id: string, options: PlanOptions = {}): ExportResult {
  const target = documentTargets.find((d) => d.id === id);
  if (!target) throw new Error(`Unknown document "${id}": use one of ${documentTargetIds.join(', ')}.`);
  const plan = buildExportPlan(design, options);
  return {
    text: target.render(plan.design),
    fileName: `${exportFileStem(plan)}${target.extension}`,
    mediaType: target.mediaType,
    warnings: plan.warnings,
    notes: [],
    errorCount: plan.errors.length,
  };
}
