import { type ExportOptions, exportDesign } from '../export-design';
import { exportTestDesigns } from '../fixtures';
import { listExportScopes } from '../list-export-scopes';

export interface ExportCase {
  /** Unique file stem for the case. */
  name: string;
  arm: string;
  bicep: string;
}

/** Selections exercised besides whole designs (references to objects left out, parents pulled in). */
const selections: Record<string, string[][]> = {
  'fixture-hub-and-spoke': [['snet-pp-weu'], ['policy-eu'], ['peer-hub-neu', 'nat-weu']],
  'whitepaper-scenario-2': [['policy-us', 'vnet2']],
};

/** Every design of the test set, every scope it spans, and a few selections: ARM and Bicep text. */
export function exportCases(): ExportCase[] {
  const cases: ExportCase[] = [];
  for (const d of exportTestDesigns) {
    const design = d.create();
    const runs: { suffix: string; options: Omit<ExportOptions, 'target'> }[] = [];
    for (const scope of listExportScopes(design)) {
      runs.push({
        suffix: listExportScopes(design).length > 1 ? `.${scope.split('/')[1]}` : '',
        options: { scope },
      });
    }
    (selections[d.key] ?? []).forEach((selection, i) => {
      runs.push({ suffix: `.selection-${i + 1}`, options: { selection } });
    });
    for (const { suffix, options } of runs) {
      cases.push({
        name: `${d.key}${suffix}`.replace(/[^A-Za-z0-9_.-]/g, '-'),
        arm: exportDesign(design, { ...options, target: 'arm' }).text,
        bicep: exportDesign(design, { ...options, target: 'bicep' }).text,
      });
    }
  }
  return cases;
}
