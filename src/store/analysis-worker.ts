/// <reference lib="webworker" />
/** Validates large designs away from the page's main thread (see `background-analysis.ts`). */
import type { Design } from '../domain/model/schema';
import { validateDesign } from '../domain/rules/validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ seq: number; design: Design }>) => {
  const { seq, design } = event.data;
  scope.postMessage({ seq, findings: validateDesign(design) });
};
