/**
 * Runs export jobs in a worker (one, started on first use), so a large design's export never holds the
 * page up; in place when workers are unavailable or the worker fails to start.
 */
import { type ExportJob, type ExportJobResult, runExportJob } from './export-job';

type JobInput = ExportJob extends infer J ? (J extends ExportJob ? Omit<J, 'id'> : never) : never;

let worker: Worker | undefined;
let broken = false;
let nextId = 1;
const waiting = new Map<number, { job: ExportJob; resolve: (result: ExportJobResult) => void }>();

/** The worker failed (a blocked script, a crash): what it was doing is done in place instead. */
function fallBack() {
  broken = true;
  worker?.terminate();
  worker = undefined;
  for (const { job, resolve } of waiting.values()) void runExportJob(job).then(resolve);
  waiting.clear();
}

function startWorker(): Worker | undefined {
  if (worker || broken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<ExportJobResult>) => {
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

/** Runs a job in the worker, or in place without one. */
export function runInBackground(input: JobInput): Promise<ExportJobResult> {
  const job = { ...input, id: nextId++ } as ExportJob;
  const target = startWorker();
  if (!target) return runExportJob(job);
  return new Promise((resolve) => {
    waiting.set(job.id, { job, resolve });
    target.postMessage(job);
  });
}
