/// <reference lib="webworker" />
/** The export view's worker: exports and zips large designs away from the page's main thread. */
import { type ExportJob, runExportJob } from './export-job';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ExportJob>) => {
  const result = await runExportJob(event.data);
  if (result.kind === 'zip') scope.postMessage(result, [result.bytes.buffer]);
  else scope.postMessage(result);
};
