import type { Design } from '../../model/schema';
import { exportDesign } from '../export-design';
import { exportTestDesigns } from '../fixtures';
import { listExportScopes } from '../list-export-scopes';
import { buildExportPlan, type PlanOptions } from '../plan/build-plan';
import { renderTerraformFiles, type TerraformFile } from '../terraform/render-terraform';

export interface TerraformCase {
  name: string;
  /** The single-file configuration (`--target terraform`). */
  main: string;
  /** The same configuration as the zip's files. */
  files: TerraformFile[];
  /** The ARM export of the same design, scope and selection. */
  arm: string;
}

/** Selections exercised besides whole designs (references to objects left out, parents pulled in). */
const selections: Record<string, string[][]> = {
  'fixture-hub-and-spoke': [['snet-pp-weu'], ['policy-eu'], ['peer-hub-neu', 'nat-weu']],
  'whitepaper-scenario-2': [['policy-us', 'vnet2']],
};

/** One design's Terraform and ARM exports for each scope it spans (and the given selections). */
export function terraformCasesOf(key: string, design: Design, extra: string[][] = []): TerraformCase[] {
  const scopes = listExportScopes(design);
  const runs: { suffix: string; options: PlanOptions }[] = scopes.map((scope) => ({
    suffix: scopes.length > 1 ? `.${scope.split('/')[1]}` : '',
    options: { scope, findings: [] },
  }));
  extra.forEach((selection, i) => {
    runs.push({ suffix: `.selection-${i + 1}`, options: { selection, findings: [] } });
  });
  return runs.map(({ suffix, options }) => ({
    name: `${key}${suffix}`,
    main: exportDesign(design, { ...options, target: 'terraform' }).text,
    files: renderTerraformFiles(buildExportPlan(design, options)),
    arm: exportDesign(design, { ...options, target: 'arm' }).text,
  }));
}

/** Every design of the export test set, every scope, and a few selections. */
export function terraformCases(): TerraformCase[] {
  return exportTestDesigns.flatMap((d) => terraformCasesOf(d.key, d.create(), selections[d.key]));
}
