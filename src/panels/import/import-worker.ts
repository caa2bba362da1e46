/// <reference lib="webworker" />
/** The Import dialog's worker: reads and imports files away from the page's main thread. */
import { type ImportJobFile, runImportJob } from './import-job';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportJobFile[]>) => {
  const result = await runImportJob(event.data, (progress) =>
    scope.postMessage({ kind: 'progress', progress }),
  );
  scope.postMessage({ kind: 'done', result });
};
