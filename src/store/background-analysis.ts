/**
 * Validation of large designs in a Web Worker: whenever the store's design changes and is large
 * (`analysis-size.ts`), the newest design is sent to the worker (one job at a time; edits made while it
 * works are coalesced into the next job) and its findings are put in the store's `analysis`. Until then
 * the studio keeps showing the previous findings, marked as updating. Without workers (or when the
 * worker fails) the validation runs in place, after the edit has been drawn.
 */
import type { Design } from '../domain/model/schema';
import type { Finding } from '../domain/rules/types';
import { validateDesign } from '../domain/rules/validate';
import { validatesInBackground } from './analysis-size';
import type { StudioStore } from './studio-store';

type Validate = (design: Design) => Promise<Finding[]>;

function workerValidator(): Validate | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  let seq = 0;
  let broken = false;
  const waiting = new Map<number, { design: Design; resolve: (f: Finding[]) => void }>();
  worker.onmessage = (event: MessageEvent<{ seq: number; findings: Finding[] }>) => {
    waiting.get(event.data.seq)?.resolve(event.data.findings);
    waiting.delete(event.data.seq);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker.terminate();
    for (const { design, resolve } of waiting.values()) resolve(validateDesign(design));
    waiting.clear();
  };
  return (design) => {
    if (broken) return Promise.resolve(validateDesign(design));
    return new Promise((resolve) => {
      seq += 1;
      waiting.set(seq, { design, resolve });
      worker.postMessage({ seq, design });
    });
  };
}

const inPlace: Validate = (design) =>
  new Promise((resolve) => setTimeout(() => resolve(validateDesign(design)), 0));

/** Keeps `store.analysis` up to date for large designs; returns the unsubscribe function. */
export function startBackgroundAnalysis(store: StudioStore, validate?: Validate): () => void {
  let run: Validate | undefined = validate;
  let busy = false;
  let stopped = false;
  const next = async () => {
    if (busy || stopped) return;
    const design = store.getState().design;
    if (!validatesInBackground(design) || store.getState().analysis?.design === design) return;
    busy = true;
    run ??= workerValidator() ?? inPlace;
    try {
      const findings = await run(design);
      if (!stopped) store.setState({ analysis: { design, findings } });
    } finally {
      busy = false;
    }
    // The design may have changed meanwhile: validate the newest one.
    void next();
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.design !== prev.design) void next();
  });
  void next();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
