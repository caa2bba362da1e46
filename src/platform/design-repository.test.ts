import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { DesignRepository, type SaveStatus } from './design-repository';
import { FakeStorage, FakeTimers } from './fakes.test-support';

function setup(storage = new FakeStorage(), timers = new FakeTimers(), idPrefix = 'local') {
  let n = 0;
  const repo = new DesignRepository({
    storage: () => storage,
    now: () => timers.now,
    newId: () => `${idPrefix}-${++n}`,
    setTimer: timers.set,
    clearTimer: timers.clear,
  });
  return { repo, storage, timers };
}

describe('local designs repository', () => {
  it('autosaves the current design once after 300 ms of quiet', () => {
    const { repo, storage, timers } = setup();
    repo.start();
    const statuses: SaveStatus['state'][] = [];
    repo.subscribe((s) => statuses.push(s.state));
    const id = repo.create(whitepaperScenario1());
    const writes = storage.writes;
    for (const name of ['a', 'ab', 'abc']) {
      repo.save({ ...whitepaperScenario1(), name });
      timers.advance(100);
    }
    expect(storage.writes).toBe(writes);
    expect(repo.status.state).toBe('saving');
    timers.advance(300);
    expect(storage.writes).toBe(writes + 3); // the design, its stamp and the index
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${id}`)!).name).toBe('abc');
    expect(repo.status).toEqual({ state: 'saved', at: timers.now });
    expect(statuses).toContain('saving');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('restores exactly the current design after a reload', () => {
    const storage = new FakeStorage();
    const first = setup(storage);
    first.repo.start();
    first.repo.create(whitepaperScenario1());
    const id = first.repo.create(whitepaperScenario2());
    const edited = { ...whitepaperScenario2(), description: 'edited' };
    first.repo.save(edited);
    first.repo.flush();
    const second = setup(storage);
    const start = second.repo.start();
    expect(start).toStrictEqual({ current: { id, design: edited }, problems: [] });
    expect(second.repo.list().map((e) => e.name)).toEqual([edited.name, whitepaperScenario1().name]);
  });

  it('keeps the previous design when another one is opened as its own entry', () => {
    const { repo, timers } = setup();
    repo.start();
    const before = repo.create(whitepaperScenario1());
    repo.save({ ...whitepaperScenario1(), name: 'my work' });
    timers.advance(10);
    const imported = repo.create(whitepaperScenario2());
    expect(repo.currentId).toBe(imported);
    expect(repo.open(before)?.name).toBe('my work');
    expect(repo.list()).toHaveLength(2);
  });

  it('renames, deletes and opens entries', () => {
    const { repo, storage } = setup();
    repo.start();
    const a = repo.create(whitepaperScenario1());
    const b = repo.create(whitepaperScenario2());
    expect(repo.rename(a, 'Renamed')?.name).toBe('Renamed');
    expect(repo.list().find((e) => e.id === a)?.name).toBe('Renamed');
    expect(JSON.parse(storage.data.get(`vnet-studio:design:${a}`)!).name).toBe('Renamed');
    repo.remove(b);
    expect(repo.currentId).toBeUndefined();
    expect(storage.data.has(`vnet-studio:design:${b}`)).toBe(false);
    expect(repo.open(b)).toBeUndefined();
    expect(repo.open(a)?.name).toBe('Renamed');
    expect(repo.rename('nope', 'x')).toBeUndefined();
  });

  it('keeps working in memory when storage is blocked, and says why', () => {
    const storage = new FakeStorage();
    storage.failWith = 'SecurityError';
    const { repo, timers } = setup(storage);
    expect(repo.start()).toEqual({ problems: [] });
    expect(repo.status).toEqual({ state: 'unavailable', reason: expect.stringMatching(/blocked/) });
    const id = repo.create(whitepaperScenario1());
    repo.save({ ...whitepaperScenario1(), name: 'in memory' });
    timers.advance(300);
    expect(repo.status.state).toBe('unavailable');
    expect(repo.open(id)?.name).toBe('in memory');
  });

  it('treats a throwing localStorage getter like blocked storage', () => {
    const repo = new DesignRepository({
      storage: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
    });
    expect(repo.start().problems).toEqual([]);
    expect(repo.status.state).toBe('unavailable');
  });

  it('reports a full storage and recovers when space returns', () => {
    const storage = new FakeStorage();
    const { repo, timers } = setup(storage);
    repo.start();
    repo.create(whitepaperScenario1());
    storage.quota = 100;
    repo.save(whitepaperScenario2());
    timers.advance(300);
    expect(repo.status).toEqual({ state: 'unavailable', reason: 'Browser storage is full.' });
    storage.quota = Number.POSITIVE_INFINITY;
    repo.save(whitepaperScenario2());
    timers.advance(300);
    expect(repo.status.state).toBe('saved');
  });

  it('skips corrupt entries with a reported problem and rebuilds a lost index', () => {
    const storage = new FakeStorage();
    storage.data.set('vnet-studio:index', '{not json');
    storage.data.set('vnet-studio:design:good', JSON.stringify(whitepaperScenario1()));
    storage.data.set('vnet-studio:design:bad', '{"format":"vnet-studio/design","version":1}');
    storage.data.set('vnet-studio:design:garbage', '\u0000');
    const { repo } = setup(storage);
    const start = repo.start();
    expect(start.current).toEqual({ id: 'good', design: whitepaperScenario1() });
    expect(start.problems).toHaveLength(3);
    expect(start.problems[0]).toMatch(/rebuilt/);
    expect(repo.list().map((e) => e.id)).toEqual(['good']);
  });

  it('skips index entries whose design is missing or the wrong shape', () => {
    const storage = new FakeStorage();
    const index = {
      version: 1,
      currentId: 'gone',
      entries: [
        { id: 'gone', name: 'Gone', updatedAt: 5 },
        { id: 7 },
        null,
        { id: 'ok', name: 'Ok', updatedAt: 1 },
      ],
    };
    storage.data.set('vnet-studio:index', JSON.stringify(index));
    storage.data.set('vnet-studio:design:ok', JSON.stringify(whitepaperScenario2()));
    const { repo } = setup(storage);
    const start = repo.start();
    expect(start.current?.id).toBe('ok');
    expect(start.problems).toEqual([expect.stringMatching(/"Gone" could not be opened/)]);
  });
});

describe('recent designs: one entry per design', () => {
  it('reuses the entry of a template picked again before it was edited', () => {
    const { repo, timers } = setup();
    repo.start();
    const first = repo.create(whitepaperScenario1());
    timers.advance(1000);
    repo.create(whitepaperScenario2());
    timers.advance(1000);
    const again = repo.create(whitepaperScenario1());
    expect(again).toBe(first);
    expect(repo.currentId).toBe(first);
    expect(repo.list().map((e) => e.id)).toEqual([first, expect.any(String)]);
    expect(repo.list()).toHaveLength(2);
  });

  it('keeps an edited copy and adds a fresh entry when the template is picked again', () => {
    const { repo, timers } = setup();
    repo.start();
    const first = repo.create(whitepaperScenario1());
    repo.save({ ...whitepaperScenario1(), description: 'my changes' });
    timers.advance(300);
    const fresh = repo.create(whitepaperScenario1());
    expect(fresh).not.toBe(first);
    expect(repo.list()).toHaveLength(2);
    expect(repo.open(first)?.description).toBe('my changes');
  });

  it('reuses the entry of a link or file opened again, also after a reload', () => {
    const storage = new FakeStorage();
    const before = setup(storage);
    before.repo.start();
    const id = before.repo.create(whitepaperScenario2());
    before.timers.advance(1000);
    before.repo.create(whitepaperScenario1());
    before.repo.flush();
    const after = setup(storage, new FakeTimers(), 'reloaded');
    after.repo.start();
    // the same link decoded again, or the template made again: an equal design, not the same object
    expect(after.repo.create(JSON.parse(JSON.stringify(whitepaperScenario2())))).toBe(id);
    expect(after.repo.create(whitepaperScenario2())).toBe(id);
    expect(after.repo.list()).toHaveLength(2);
    // a design with the same content under another id is another design
    expect(after.repo.create({ ...whitepaperScenario2(), id: 'other' })).not.toBe(id);
    expect(after.repo.list()).toHaveLength(3);
  });
});
