/**
 * One import run: read the files (counting bytes, for progress), then hand them to the domain importer.
 * Runs in the import worker, or in place where workers are unavailable. `.bicep` files and files over the
 * importer's size limit are refused before anything is read.
 */
import {
  type ImportAzureResult,
  type ImportFileError,
  importAzureFiles,
} from '../../domain/import/azure/import-azure-files';
import { MAX_IMPORT_TEXT } from '../../domain/import/azure/read-json';

export interface ImportJobFile {
  name: string;
  /** A picked or dropped File, or pasted text as a Blob. */
  blob: Blob;
}

export type ImportProgress =
  | { phase: 'reading'; loaded: number; total: number; file: string }
  | { phase: 'importing' };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Files refused on their name or size alone, with what to do instead. */
export function refuseFiles(files: readonly { name: string; size: number }[]): ImportFileError[] {
  const out: ImportFileError[] = [];
  for (const f of files) {
    if (/\.bicep(param)?$/i.test(f.name))
      out.push({
        file: f.name,
        code: 'not-azure',
        message: `${f.name} is a Bicep file, which the studio can't compile. Import the JSON that "bicep build ${f.name} --stdout > ${f.name.replace(/\.bicep(param)?$/i, '.json')}" writes (or use "vnet-studio import ${f.name}", which runs the Bicep CLI).`,
      });
    else if (f.size > MAX_IMPORT_TEXT)
      out.push({
        file: f.name,
        code: 'invalid-json',
        message: `${f.name} is ${mb(f.size)}; an imported file is at most ${mb(MAX_IMPORT_TEXT)}.`,
      });
  }
  return out;
}

async function readText(blob: Blob, onBytes: (n: number) => void): Promise<string> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    onBytes(value.byteLength);
  }
  return text + decoder.decode();
}

/** Reads and imports the files; never rejects. */
export async function runImportJob(
  files: readonly ImportJobFile[],
  onProgress: (p: ImportProgress) => void,
): Promise<ImportAzureResult> {
  const refused = refuseFiles(files.map((f) => ({ name: f.name, size: f.blob.size })));
  if (refused.length > 0) return { ok: false, errors: refused };
  const total = files.reduce((n, f) => n + f.blob.size, 0);
  let loaded = 0;
  const texts: Array<{ name: string; text: string }> = [];
  try {
    for (const f of files) {
      onProgress({ phase: 'reading', loaded, total, file: f.name });
      const text = await readText(f.blob, (n) => {
        loaded += n;
        onProgress({ phase: 'reading', loaded, total, file: f.name });
      });
      texts.push({ name: f.name, text });
    }
  } catch (e) {
    const name = files[texts.length]?.name ?? 'A file';
    return {
      ok: false,
      errors: [
        {
          file: name,
          code: 'invalid-json',
          message: `${name} could not be read (${(e as Error)?.message ?? e}).`,
        },
      ],
    };
  }
  onProgress({ phase: 'importing' });
  return importAzureFiles(texts);
}
