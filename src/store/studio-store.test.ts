import { describe, expect, it } from 'vitest';
import { setPositions, updateEntity } from '../domain/model/operations';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { createStudioStore, HISTORY_LIMIT, PASTE_STEP } from './studio-store';

const rename = (name: string) => (d: ReturnType<typeof whitepaperScenario1>) =>
  updateEntity(d, 'vnets', 'vnet1', { name });

describe('studio store', () => {
  it('settles edits that move objects within the same undo step, and leaves other edits alone', () => {
    const calls: string[] = [];
    const store = createStudioStore(whitepaperScenario1(), {
      settle: (_before, after) => {
        calls.push('settle');
        return setPositions(after, { vnet2: { x: 5000, y: 5000 } });
      },
    });
    const s = store.getState;
    s().apply(rename('a'));
    expect(calls).toEqual([]);
    s().apply((d) => setPositions(d, { vnet1: { x: 1, y: 2 } }));
    expect(calls).toEqual(['settle']);
    expect(s().design.layout.vnet2).toMatchObject({ x: 5000, y: 5000 });
    s().undo();
    expect(s().design.layout.vnet2).not.toMatchObject({ x: 5000, y: 5000 });
    expect(s().design.vnets[0]?.name).toBe('a');
  });

  it('undoes and redoes every edit', () => {
    const store = createStudioStore(whitepaperScenario1());
    const s = store.getState;
    s().apply(rename('a'));
    s().apply(rename('b'));
    expect(s().design.vnets[0]?.name).toBe('b');
    s().undo();
    expect(s().design.vnets[0]?.name).toBe('a');
    s().undo();
    expect(s().design.vnets[0]?.name).toBe('vnet1-westus');
    s().undo();
    expect(s().design.vnets[0]?.name).toBe('vnet1-westus');
    s().redo();
    s().redo();
    expect(s().design.vnets[0]?.name).toBe('b');
  });

  it('keeps at least 100 steps of history, and drops the oldest past the limit', () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    const store = createStudioStore(whitepaperScenario1());
    const edits = HISTORY_LIMIT + 50;
    for (let i = 0; i < edits; i++) store.getState().apply(rename(`n${i}`));
    // the cap is reached: the 50 oldest steps are gone
    expect(store.getState().past.length).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) store.getState().undo();
    // back to the state after the 50th edit (n49), not to the original name
    expect(store.getState().design.vnets[0]?.name).toBe('n49');
    expect(store.getState().past.length).toBe(0);
    store.getState().undo();
    expect(store.getState().design.vnets[0]?.name).toBe('n49');
    expect(store.getState().future.length).toBe(HISTORY_LIMIT);
  });

  it('merges coalesced edits into one step and ignores no-op edits', () => {
    const store = createStudioStore(whitepaperScenario1());
    const s = store.getState;
    s().apply(rename('x'), { coalesce: 'name:vnet1' });
    s().apply(rename('xy'), { coalesce: 'name:vnet1' });
    s().apply((d) => d);
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().design.vnets[0]?.name).toBe('vnet1-westus');
  });

  it('deletes the selection, drops deleted ids from the selection, and undo restores them', () => {
    const store = createStudioStore(whitepaperScenario1());
    const s = store.getState;
    s().select(['vnet2', 'env-uat']);
    s().deleteSelection();
    expect(s().design.vnets.map((v) => v.id)).toEqual(['vnet1']);
    expect(s().selection).toEqual([]);
    s().undo();
    expect(s().design.vnets.map((v) => v.id)).toEqual(['vnet1', 'vnet2']);
  });

  it('copies and pastes the selection as new objects and selects them', () => {
    const store = createStudioStore(whitepaperScenario1());
    const s = store.getState;
    s().select(['env-uat']);
    s().copySelection();
    s().paste();
    expect(s().design.environments).toHaveLength(3);
    expect(s().selection).toEqual([s().design.environments[2]?.id]);
    expect(s().notice?.text).toContain('Copied 1 object');
  });

  it('opening a design resets history and selection', () => {
    const store = createStudioStore(whitepaperScenario1());
    store.getState().apply(rename('z'));
    store.getState().select(['vnet1']);
    store.getState().openDesign(whitepaperScenario1());
    expect(store.getState()).toMatchObject({ past: [], future: [], selection: [] });
  });
});

describe('focus', () => {
  it('selects the objects and raises a new focus request each time', () => {
    const store = createStudioStore(whitepaperScenario1());
    store.getState().focus(['vnet1', 'vnet2']);
    const first = store.getState().focusRequest;
    store.getState().focus(['vnet1', 'vnet2']);
    expect(store.getState().selection).toEqual(['vnet1', 'vnet2']);
    expect(store.getState().focusRequest?.seq).toBe((first?.seq ?? 0) + 1);
  });

  it('focus selects the object to change and keeps the rest as context until the selection changes', () => {
    const store = createStudioStore(whitepaperScenario1());
    const s = store.getState;
    s().focus(['vnet1'], ['vnet1', 'policy1', 'env1', 'policy1']);
    expect(s().selection).toEqual(['vnet1']);
    expect(s().context).toEqual(['policy1', 'env1']);
    expect(s().focusRequest?.ids).toEqual(['vnet1', 'policy1', 'env1']);
    s().select(['env1']);
    expect(s().context).toEqual([]);
  });

  it('cascades repeated pastes of one copy, and starts again after a new copy', () => {
    const store = createStudioStore(whitepaperScenario1());
    const s = store.getState;
    const origin = s().design.layout['env-prod'];
    s().select(['env-prod']);
    s().copySelection();
    const spots: Array<{ x: number; y: number } | undefined> = [];
    for (let i = 0; i < 3; i++) {
      s().paste();
      spots.push(s().design.layout[s().selection[0] ?? '']);
    }
    expect(spots).toEqual(
      [1, 2, 3].map((n) => ({
        ...origin,
        x: (origin?.x ?? 0) + n * PASTE_STEP,
        y: (origin?.y ?? 0) + n * PASTE_STEP,
      })),
    );
    s().copySelection();
    s().paste();
    const last = spots[2];
    expect(s().design.layout[s().selection[0] ?? '']).toMatchObject({
      x: (last?.x ?? 0) + PASTE_STEP,
      y: (last?.y ?? 0) + PASTE_STEP,
    });
  });

  it('lets the canvas place what a paste added, before the edit settles, in the same undo step', () => {
    const seen: string[][] = [];
    const order: string[] = [];
    const store = createStudioStore(whitepaperScenario1(), {
      placePasted: (d, ids) => {
        seen.push([...ids]);
        order.push('place');
        return setPositions(d, Object.fromEntries(ids.map((id) => [id, { x: 9000, y: 9000 }])));
      },
      settle: (_before, after) => {
        order.push('settle');
        return after;
      },
    });
    const s = store.getState;
    const before = s().design;
    s().select(['env-prod']);
    s().copySelection();
    s().paste();
    expect(seen).toEqual([s().selection]);
    expect(order).toEqual(['place', 'settle']);
    expect(s().design.layout[s().selection[0] ?? '']).toMatchObject({ x: 9000, y: 9000 });
    expect(s().design.layout['env-prod']).toEqual(before.layout['env-prod']);
    s().undo();
    expect(s().design).toBe(before);
  });
});
