/**
 * The work the export view hands to its worker, as messages: the view of one request, or the zip of
 * every file. Pure, so the same function runs in the worker and, where workers are missing, in place.
 */
import type { Design } from '../../domain/model/schema';
import { allExportFiles, type ExportRequest, type ExportView, exportView } from './export-view';
import { zipFileName, zipFiles } from './zip-files';

export type ExportJob =
  | { id: number; kind: 'view'; design: Design; request: ExportRequest }
  | { id: number; kind: 'zip'; design: Design; selection: readonly string[] | undefined };

export type ExportJobResult =
  | { id: number; kind: 'view'; view: ExportView }
  | { id: number; kind: 'zip'; name: string; count: number; bytes: Uint8Array }
  | { id: number; kind: 'error'; message: string };

/** Runs one job; never throws (a failure is a result of kind `error`). */
export async function runExportJob(job: ExportJob): Promise<ExportJobResult> {
  try {
    if (job.kind === 'view') return { id: job.id, kind: 'view', view: exportView(job.design, job.request) };
    const files = allExportFiles(job.design, job.selection);
    return {
      id: job.id,
      kind: 'zip',
      name: zipFileName(files),
      count: files.length,
      bytes: await zipFiles(files),
    };
  } catch (e) {
    return { id: job.id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
