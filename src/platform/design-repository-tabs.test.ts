import { describe, expect, it } from 'vitest';
import { renameDesign } from '../domain/model/operations';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { DesignRepository, type ExternalChange } from './design-repository';
import { FakeStorage, FakeTimers } from './fakes.test-support';
import { unkeepableDesign } from './keepable-design.test-support';

/** Two tabs over one storage; `deliver` passes one tab's writes to the other as `storage` events do. */
function twoTabs() {
  const storage = new FakeStorage();
  const written: string[] = [];
  const setItem = storage.setItem.bind(storage);
  const removeItem = storage.removeItem.bind(storage);
  storage.setItem = (key, value) => {
    setItem(key, value);
    written.push(key);
  };
  storage.removeItem = (key) => {
    removeItem(key);
    written.push(key);
  };
  let n = 0;
  const tab = () => {
    const timers = new FakeTimers();
    const repo = new DesignRepository({
      storage: () => storage,
      now: () => timers.now,
      newId: () => `local-${++n}`,
      setTimer: timers.set,
      clearTimer: timers.clear,
    });
    const changes: ExternalChange[] = [];
    repo.onExternalChange((c) => changes.push(c));
    return { repo, timers, changes };
  };
  const a = tab();
  a.repo.start();
  const id = a.repo.create(whitepaperScenario1());
  const b = tab();
  b.repo.start();
  written.length = 0;
  const deliver = (to: { repo: DesignRepository }) => {
    for (const key of written.splice(0)) to.repo.receive(key);
  };
  return { storage, a, b, id, deliver };
}

describe('tabs of the same design', () => {
  it('a tab without unsaved edits takes the other tab’s save', () => {
    const { a, b, id, deliver } = twoTabs();
    const edited = renameDesign(whitepaperScenario1(), 'Edited in A');
    a.repo.save(edited);
    a.timers.advance(300);
    deliver(b);
    expect(b.changes).toContainEqual({ type: 'updated', id, design: edited });
    expect(b.repo.list()[0]?.name).toBe('Edited in A');
    // B's next edit is based on A's version: it is written without a conflict.
    const next = renameDesign(edited, 'Then edited in B');
    b.repo.save(next);
    b.timers.advance(300);
    expect(b.repo.conflict).toBeUndefined();
    deliver(a);
    expect(a.changes).toContainEqual({ type: 'updated', id, design: next });
  });

  it('a tab with unsaved edits is asked, and writes nothing until the user chooses', () => {
    const { storage, a, b, id, deliver } = twoTabs();
    const theirs = renameDesign(whitepaperScenario1(), 'Theirs');
    const mine = renameDesign(whitepaperScenario1(), 'Mine');
    b.repo.save(mine); // not yet written (debounced)
    a.repo.save(theirs);
    a.timers.advance(300);
    deliver(b);
    expect(b.changes.at(-1)).toEqual({ type: 'conflict', conflict: { id, mine, theirs } });
    expect(b.repo.status.state).toBe('unavailable');
    b.timers.advance(1000);
    b.repo.flush();
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${id}`) ?? '').name).toBe('Theirs');

    const kept = b.repo.keepMineAsCopy();
    expect(kept?.design.name).toBe('Mine (my copy)');
    expect(b.repo.currentId).toBe(kept?.id);
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${kept?.id}`) ?? '').name).toBe('Mine (my copy)');
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${id}`) ?? '').name).toBe('Theirs');
    expect(b.repo.list().map((e) => e.name)).toEqual(['Mine (my copy)', 'Theirs']);
  });

  it('“take theirs” drops this tab’s edits only when chosen', () => {
    const { storage, a, b, id, deliver } = twoTabs();
    b.repo.save(renameDesign(whitepaperScenario1(), 'Mine'));
    a.repo.save(renameDesign(whitepaperScenario1(), 'Theirs'));
    a.timers.advance(300);
    deliver(b);
    expect(b.repo.takeTheirs()?.name).toBe('Theirs');
    expect(b.repo.conflict).toBeUndefined();
    // Later edits in B build on theirs and are written normally.
    b.repo.save(renameDesign(whitepaperScenario1(), 'Theirs, then mine'));
    b.timers.advance(300);
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${id}`) ?? '').name).toBe('Theirs, then mine');
  });

  it('never writes over a save it has not seen, even when the event has not arrived', () => {
    const { storage, a, b, id } = twoTabs();
    a.repo.save(renameDesign(whitepaperScenario1(), 'Theirs'));
    a.timers.advance(300);
    b.repo.save(renameDesign(whitepaperScenario1(), 'Mine'));
    b.timers.advance(300);
    expect(b.repo.conflict?.theirs.name).toBe('Theirs');
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${id}`) ?? '').name).toBe('Theirs');
  });

  it('a tab that closes with an unresolved conflict keeps its version as a copy', () => {
    const { storage, a, b, deliver } = twoTabs();
    b.repo.save(renameDesign(whitepaperScenario1(), 'Mine'));
    a.repo.save(renameDesign(whitepaperScenario1(), 'Theirs'));
    a.timers.advance(300);
    deliver(b);
    b.repo.flush({ leaving: true });
    const names = [...storage.data.entries()]
      .filter(([k]) => k.startsWith('vnet-studio:design:'))
      .map(([, v]) => JSON.parse(v).name)
      .sort();
    expect(names).toEqual(['Mine (my copy)', 'Theirs']);
  });

  it('lists designs another tab added, renamed or deleted', () => {
    const { a, b, id, deliver } = twoTabs();
    a.timers.advance(1000);
    const added = a.repo.create(whitepaperScenario2());
    deliver(b);
    expect(b.repo.list().map((e) => e.id)).toEqual([added, id]);
    a.repo.rename(added, 'Renamed in A');
    deliver(b);
    expect(b.repo.list().find((e) => e.id === added)?.name).toBe('Renamed in A');
    a.repo.remove(added);
    deliver(b);
    expect(b.repo.list().map((e) => e.id)).toEqual([id]);
    expect(b.changes.filter((c) => c.type === 'list').length).toBeGreaterThanOrEqual(3);
  });
});

describe('what is never kept', () => {
  it('a design that would not open again is not written, and the status says why', () => {
    const storage = new FakeStorage();
    const timers = new FakeTimers();
    const repo = new DesignRepository({
      storage: () => storage,
      now: () => timers.now,
      setTimer: timers.set,
      clearTimer: timers.clear,
    });
    repo.start();
    const id = repo.create(whitepaperScenario1());
    repo.save(unkeepableDesign());
    timers.advance(300);
    expect(repo.status).toEqual({
      state: 'unavailable',
      reason: expect.stringMatching(
        /could not be opened again once saved: The design's file would be [\d.]+ MiB/,
      ),
    });
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${id}`) ?? '').name).toBe(
      whitepaperScenario1().name,
    );
    // Back under the limit, it saves again.
    repo.save(renameDesign(whitepaperScenario1(), 'Smaller'));
    timers.advance(300);
    expect(repo.status.state).toBe('saved');
  });
});
