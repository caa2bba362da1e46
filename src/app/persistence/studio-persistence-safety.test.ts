import { describe, expect, it } from 'vitest';
import { renameDesign } from '../../domain/model/operations';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../../domain/samples/whitepaper-scenario-2';
import { DesignRepository } from '../../platform/design-repository';
import { FakeStorage, FakeTimers } from '../../platform/fakes.test-support';
import { unkeepableDesign } from '../../platform/keepable-design.test-support';
import { startStudio } from './start-studio';
import { summarizeLines } from './summarize-lines';

async function start(storage: FakeStorage, hash = '', drawn = true) {
  const timers = new FakeTimers();
  let n = 0;
  const repository = new DesignRepository({
    storage: () => storage,
    newId: () => `local-${storage.data.size}-${++n}`,
    now: () => timers.now,
    setTimer: timers.set,
    clearTimer: timers.clear,
  });
  const location = { origin: 'http://127.0.0.1:5173', pathname: '/', search: '', hash };
  const history = { state: null, replaceState: () => void (location.hash = '') };
  const studio = await startStudio({ repository, location, history });
  studio.persistence.connect();
  if (drawn) studio.persistence.finishOpening();
  return { ...studio, timers, location };
}

describe('a safe way back', () => {
  it('does not reopen a design whose opening never finished, and opens it anyway on request', async () => {
    const storage = new FakeStorage();
    const first = await start(storage);
    first.persistence.openAsNew(whitepaperScenario2());
    // The tab freezes or crashes before the design is drawn: no finishOpening.
    const frozenId = first.repository.currentId;
    const second = await start(storage, '', false);
    expect(second.persistence.ui.getState().safeStart).toEqual({ reason: 'unfinished', entryId: frozenId });
    expect(second.store.getState().design.name).toBe('Untitled design');
    expect(second.persistence.ui.getState().recent.map((e) => e.name)).toEqual([
      whitepaperScenario2().name,
      whitepaperScenario1().name,
    ]);
    // Still unfinished: another restart is safe again.
    expect((await start(storage, '', false)).persistence.ui.getState().safeStart?.reason).toBe('unfinished');

    const third = await start(storage, '', false);
    expect(third.persistence.openEntry(frozenId ?? '')).toBe(true);
    expect(third.persistence.ui.getState().safeStart).toBeUndefined();
    expect(third.store.getState().design).toStrictEqual(whitepaperScenario2());
    third.persistence.finishOpening();
    expect((await start(storage)).store.getState().design).toStrictEqual(whitepaperScenario2());
  });

  it('deletes the design that did not open without opening another one', async () => {
    const storage = new FakeStorage();
    const first = await start(storage);
    first.persistence.openAsNew(whitepaperScenario2());
    const frozenId = first.repository.currentId ?? '';
    const second = await start(storage, '', false);
    second.persistence.remove(frozenId);
    expect(second.store.getState().design.name).toBe('Untitled design');
    expect(second.persistence.ui.getState().recent.map((e) => e.name)).toEqual([whitepaperScenario1().name]);
    const third = await start(storage);
    expect(third.persistence.ui.getState().safeStart).toBeUndefined();
    expect(third.store.getState().design.name).toBe(whitepaperScenario1().name);
  });

  it('#safe starts without a design, stores nothing until an edit, and leaves the address', async () => {
    const storage = new FakeStorage();
    await start(storage);
    const before = new Map(storage.data);
    const safe = await start(storage, '#safe');
    expect(safe.persistence.ui.getState().safeStart).toEqual({ reason: 'requested' });
    expect(safe.location.hash).toBe('');
    expect(storage.data).toEqual(before);
    safe.store.getState().apply((d) => renameDesign(d, 'Fresh start'));
    safe.timers.advance(300);
    expect(safe.persistence.ui.getState().recent.map((e) => e.name)).toContain('Fresh start');
  });
});

describe('refusals and messages', () => {
  it('refuses to open a design that could not be kept, and keeps the open one', async () => {
    const storage = new FakeStorage();
    const studio = await start(storage);
    expect(studio.persistence.openAsNew(unkeepableDesign(), 'The file')).toBe(false);
    expect(studio.store.getState().design.name).toBe(whitepaperScenario1().name);
    const [alert] = studio.persistence.ui.getState().alerts;
    expect(alert?.title).toBe('The file could not be opened');
    expect(alert?.message).toMatch(
      /at most 4\.0 MiB\. Split it into several designs\.\nThe open design was not changed\.$/,
    );
    expect(studio.persistence.ui.getState().recent).toHaveLength(1);
  });

  it('summarises a corrupt index of 10,000 entries in a few lines', async () => {
    const storage = new FakeStorage();
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      id: `gone-${i}`,
      name: `Gone ${i}`,
      updatedAt: i,
    }));
    storage.data.set('vnet-studio:index', JSON.stringify({ version: 1, entries }));
    const studio = await start(storage);
    const alert = studio.persistence.ui.getState().alerts.find((a) => a.title.startsWith('Some designs'));
    const lines = alert?.message.split('\n') ?? [];
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('The local design "Gone 0" could not be opened and was skipped (missing).');
    expect(lines[5]).toBe('…and 9,995 more.');
    expect(studio.store.getState().design.name).toBe(whitepaperScenario1().name);
  });

  it('cuts long lines and keeps short messages whole', () => {
    expect(summarizeLines('a\nb\nc', 2)).toBe('a\nb\nc');
    expect(summarizeLines('a\nb\nc\nd', 2)).toBe('a\nb\n…and 2 more.');
    expect(summarizeLines('x'.repeat(500), 2, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('two tabs through the studio', () => {
  it('shows the conflict and resolves it as chosen', async () => {
    const storage = new FakeStorage();
    const a = await start(storage);
    const b = await start(storage);
    b.store.getState().apply((d) => renameDesign(d, 'Mine'));
    a.store.getState().apply((d) => renameDesign(d, 'Theirs'));
    a.timers.advance(300);
    const id = a.repository.currentId ?? '';
    b.repository.receive(`vnet-studio:rev:${id}`);
    expect(b.persistence.ui.getState().conflict?.theirs.name).toBe('Theirs');
    b.persistence.resolveConflict('mine');
    expect(b.persistence.ui.getState().conflict).toBeUndefined();
    expect(b.store.getState().design.name).toBe('Mine (my copy)');
    expect(
      b.persistence.ui
        .getState()
        .recent.map((e) => e.name)
        .sort(),
    ).toEqual(['Mine (my copy)', 'Theirs']);
  });

  it('updates a tab without unsaved edits in place', async () => {
    const storage = new FakeStorage();
    const a = await start(storage);
    const b = await start(storage);
    a.store.getState().apply((d) => renameDesign(d, 'Theirs'));
    a.timers.advance(300);
    b.repository.receive(`vnet-studio:rev:${a.repository.currentId}`);
    expect(b.store.getState().design.name).toBe('Theirs');
    expect(b.store.getState().notice?.text).toBe('Updated with the changes saved in another tab.');
    // Taking their version is not an edit of this tab: nothing is written back.
    const writes = storage.writes;
    b.timers.advance(1000);
    expect(storage.writes).toBe(writes);
  });
});
