/// <reference lib="webworker" />
/** Draws diagram SVGs away from the page's main thread (see `diagram-runner.ts`). */
import { type DiagramJob, type DiagramJobResult, runDiagramJob } from './diagram-job';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DiagramJob>) => {
  const result: DiagramJobResult = runDiagramJob(event.data);
  scope.postMessage(result);
};
