/**
 * Runs an import in a worker of its own (so closing the dialog can stop it), in place when workers are
 * unavailable or the worker fails to start.
 */
import type { ImportAzureResult } from '../../domain/import/azure/import-azure-files';
import type { ImportJobFile, ImportProgress } from './import-job';

type WorkerMessage =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; result: ImportAzureResult };

/** The importer in place (loaded only then: with a worker, the page never loads it). */
const inPlace = (files: readonly ImportJobFile[], onProgress: (p: ImportProgress) => void) =>
  import('./import-job').then((m) => m.runImportJob(files, onProgress));

export interface ImportRun {
  result: Promise<ImportAzureResult>;
  cancel(): void;
}

export function startImport(
  files: readonly ImportJobFile[],
  onProgress: (p: ImportProgress) => void,
): ImportRun {
  let worker: Worker | undefined;
  try {
    if (typeof Worker !== 'undefined')
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (!worker) return { result: inPlace(files, onProgress), cancel: () => undefined };
  const running = worker;
  const result = new Promise<ImportAzureResult>((resolve) => {
    running.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.kind === 'progress') onProgress(event.data.progress);
      else {
        resolve(event.data.result);
        running.terminate();
      }
    };
    running.onerror = (event) => {
      event.preventDefault();
      running.terminate();
      void inPlace(files, onProgress).then(resolve);
    };
    running.postMessage(files);
  });
  return { result, cancel: () => running.terminate() };
}
