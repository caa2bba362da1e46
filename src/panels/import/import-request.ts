/**
 * Asks the Import dialog to open, with files (a drop on the canvas) or without (the header button). Kept
 * apart from the dialog so the drop zone can ask without loading the dialog's code.
 */
import { createStore } from 'zustand/vanilla';

export interface ImportRequest {
  files: File[];
  seq: number;
}

export const importRequests = createStore<{ request: ImportRequest | undefined }>()(() => ({
  request: undefined,
}));

export function requestImport(files: File[] = []): void {
  const seq = (importRequests.getState().request?.seq ?? 0) + 1;
  importRequests.setState({ request: { files, seq } });
}

const DESIGN_MARK = /"format"\s*:\s*"vnet-studio\/design"/;

/**
 * Whether dropped files are for the Import dialog rather than "open as a new design": several files, a
 * Bicep file, or JSON that isn't a VNet Studio design (judged from its first 64 KB).
 */
export async function isImportDrop(files: readonly File[]): Promise<boolean> {
  const first = files[0];
  if (!first) return false;
  if (files.length > 1) return true;
  if (/\.bicep(param)?$/i.test(first.name)) return true;
  if (/\.png$/i.test(first.name) || first.type === 'image/png') return false;
  try {
    const head = await first.slice(0, 64 * 1024).text();
    return /^\uFEFF?\s*[[{]/.test(head) && !DESIGN_MARK.test(head);
  } catch {
    return false;
  }
}
