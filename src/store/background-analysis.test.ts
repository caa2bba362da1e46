import { describe, expect, it } from 'vitest';
import { createStudioBenchDesign } from '../../bench/studio-design';
import { hubDesign } from '../domain/model/hub.fixtures';
import { updateEntity } from '../domain/model/operations';
import { type Design, entityCollections } from '../domain/model/schema';
import type { Finding } from '../domain/rules/types';
import { validateDesign } from '../domain/rules/validate';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { objectCount, validatesInBackground } from './analysis-size';
import { startBackgroundAnalysis } from './background-analysis';
import { selectFindings, selectFindingsUpdating } from './selectors';
import { createStudioStore } from './studio-store';

/** A validator whose answers the test releases one by one. */
function controlledValidator() {
  const calls: Array<{ design: Design; release(): void }> = [];
  const validate = (design: Design) =>
    new Promise<Finding[]>((resolve) => {
      calls.push({ design, release: () => resolve(validateDesign(design)) });
    });
  return { validate, calls };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('background validation of large designs', () => {
  it('validates ordinary designs in place and large ones in the background', () => {
    const small = whitepaperScenario1();
    const large = createStudioBenchDesign(2);
    expect(objectCount(large)).toBeGreaterThan(1000);
    expect(validatesInBackground(small)).toBe(false);
    expect(validatesInBackground(large)).toBe(true);
    const store = createStudioStore(small);
    expect(selectFindings(store.getState())).toBe(validateDesign(small));
    expect(selectFindingsUpdating(store.getState())).toBe(false);
  });

  it('counts the objects of every collection of the registry, hub objects included', () => {
    const hub = hubDesign();
    expect(objectCount(hub)).toBe(entityCollections.reduce((n, c) => n + hub[c].length, 0));
    expect(objectCount(hub)).toBe(1 + 4 + 2 + 2 + 1);
  });

  it('keeps the last findings, marked as updating, until the newest design is validated', async () => {
    const large = createStudioBenchDesign(2);
    const store = createStudioStore(large);
    const { validate, calls } = controlledValidator();
    const stop = startBackgroundAnalysis(store, validate);
    expect(selectFindingsUpdating(store.getState())).toBe(true);
    expect(selectFindings(store.getState())).toEqual([]);
    expect(calls).toHaveLength(1);
    calls[0]?.release();
    await settle();
    const first = selectFindings(store.getState());
    expect(first.length).toBe(validateDesign(large).length);
    expect(selectFindingsUpdating(store.getState())).toBe(false);

    // Two edits while the worker is busy with the first: one more job, for the newest design.
    const vnet = large.vnets[0]?.id ?? '';
    store.getState().apply((d) => updateEntity(d, 'vnets', vnet, { name: 'renamed-once' }));
    expect(selectFindingsUpdating(store.getState())).toBe(true);
    expect(selectFindings(store.getState())).toBe(first);
    store.getState().apply((d) => updateEntity(d, 'vnets', vnet, { name: 'renamed-twice' }));
    expect(calls).toHaveLength(2);
    calls[1]?.release();
    await settle();
    expect(calls).toHaveLength(3);
    expect(calls[2]?.design).toBe(store.getState().design);
    calls[2]?.release();
    await settle();
    expect(selectFindingsUpdating(store.getState())).toBe(false);
    expect(store.getState().analysis?.design).toBe(store.getState().design);
    stop();
  });
});
