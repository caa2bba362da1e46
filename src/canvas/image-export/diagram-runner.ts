/**
 * Draws diagrams in a worker (one, started on first use), so drawing a large design never holds the
 * page up; in place when workers are unavailable or the worker fails.
 */
import { type DiagramJob, type DiagramJobResult, runDiagramJob } from './diagram-job';
import type { DiagramRequest, DiagramSvg } from './render-diagram';

let worker: Worker | undefined;
let broken = false;
let nextId = 1;
const waiting = new Map<number, { job: DiagramJob; resolve: (result: DiagramJobResult) => void }>();

function fallBack() {
  broken = true;
  worker?.terminate();
  worker = undefined;
  for (const { job, resolve } of waiting.values()) resolve(runDiagramJob(job));
  waiting.clear();
}

function startWorker(): Worker | undefined {
  if (worker || broken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./diagram-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<DiagramJobResult>) => {
    const entry = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    entry?.resolve(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fallBack();
  };
  return worker;
}

/** The diagram SVG of the request, drawn in the background when the browser allows. */
export async function drawDiagramInBackground(request: DiagramRequest): Promise<DiagramSvg> {
  const job: DiagramJob = {
    id: nextId++,
    design: request.design,
    scheme: request.scheme,
    ...(request.selection ? { selection: [...request.selection] } : {}),
  };
  const target = startWorker();
  const result = target
    ? await new Promise<DiagramJobResult>((resolve) => {
        waiting.set(job.id, { job, resolve });
        target.postMessage(job);
      })
    : runDiagramJob(job);
  if (!result.ok) throw new Error(result.message);
  return result.drawn;
}
