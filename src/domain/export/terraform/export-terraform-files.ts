import type { Design } from '../../model/schema';
import { exportFileStem } from '../file-stem';
import { buildExportPlan, type PlanOptions } from '../plan/build-plan';
import { renderTerraformFiles } from './render-terraform';

export interface TerraformExportFile {
  /** `<file stem>-terraform/providers.tf`: one folder per resource group, a Terraform root module each. */
  name: string;
  text: string;
}

/** The Terraform configuration of one scope as the zip download holds it: one file per concern. */
export function exportTerraformFiles(
  design: Design,
  options: PlanOptions & { fileStem?: string } = {},
): TerraformExportFile[] {
  const plan = buildExportPlan(design, options);
  const folder = `${exportFileStem(plan, options.fileStem)}-terraform`;
  return renderTerraformFiles(plan).map((f) => ({ name: `${folder}/${f.name}`, text: f.text }));
}
