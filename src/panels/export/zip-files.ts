/**
 * "Download all": the export's files in one .zip. fflate is loaded on first use, so it stays out of
 * the initial bundle.
 */
import type { ExportFile } from './export-view';

/** A fixed date for the entries, so the same export always zips to the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

/** The zip archive of the files (UTF-8 text, deflated). Names must be distinct. */
export async function zipFiles(files: readonly ExportFile[]): Promise<Uint8Array> {
  const names = new Set<string>();
  for (const f of files) {
    if (names.has(f.name)) throw new Error(`Two files are named "${f.name}".`);
    names.add(f.name);
  }
  const { strToU8, zipSync } = await import('./zip-sync');
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [strToU8(f.text), { mtime: ENTRY_DATE }]])), {
    level: 6,
  });
}

/**
 * The archive's name: what the files' names share (the design's file stem, without the resource group
 * when the export spans several), then `.export.zip`.
 */
export function zipFileName(files: readonly ExportFile[]): string {
  // files in folders (the Terraform configurations) are named after the files beside them
  const stems = files
    .filter((f) => !f.name.includes('/'))
    .map((f) => f.name.replace(/\.(bicep|json|ps1)$/i, ''));
  const [first, ...rest] = stems;
  if (first === undefined) return 'export.zip';
  let common = first;
  for (const stem of rest) {
    let i = 0;
    while (i < common.length && i < stem.length && common[i] === stem[i]) i++;
    common = common.slice(0, i);
  }
  // stems that differ after a shared part (`design.rg-a`, `design.rg-b`) keep the part before the last dot
  if (rest.some((s) => s !== common)) common = common.slice(0, Math.max(0, common.lastIndexOf('.')));
  return `${common.replace(/[.-]+$/, '') || 'export'}.export.zip`;
}
