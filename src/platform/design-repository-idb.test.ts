import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DESIGN_LIMITS } from '../domain/model/design-limits';
import { renameDesign } from '../domain/model/operations';
import { serializeDesign } from '../domain/model/serialize-design';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { type DesignBodies, indexedDbBodies } from './design-bodies';
import { DesignRepository, type ExternalChange, type SaveStatus } from './design-repository';
import { FakeStorage, FakeTimers } from './fakes.test-support';
import { largestKeepableDesign } from './keepable-design.test-support';

/** About what a browser's localStorage holds for one site (5 million characters). */
const LOCAL_STORAGE_QUOTA = 5_000_000;

let databases = 0;

/** A tab over one (fake) localStorage and one IndexedDB database, as a browser gives every tab of a site. */
function browser(storage = new FakeStorage(), prefix = `studio-${++databases}`) {
  storage.quota = LOCAL_STORAGE_QUOTA;
  let n = 0;
  const tab = (bodies: () => DesignBodies | undefined = () => indexedDbBodies(prefix)) => {
    const timers = new FakeTimers();
    const repo = new DesignRepository({
      storage: () => storage,
      bodies,
      prefix,
      now: () => timers.now,
      newId: () => `${prefix}-${++n}`,
      setTimer: timers.set,
      clearTimer: timers.clear,
    });
    const statuses: SaveStatus[] = [];
    repo.subscribe((s) => statuses.push(s));
    return { repo, timers, statuses };
  };
  return { storage, prefix, tab };
}

const storedChars = (storage: FakeStorage) =>
  [...storage.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);

describe('designs kept in IndexedDB', () => {
  it('keeps designs at the size limit, more than localStorage could hold, and reopens them', async () => {
    const { storage, tab } = browser();
    const first = tab();
    expect(await first.repo.prepare()).toBe(true);
    first.repo.start();
    const designs = [largestKeepableDesign('Large one'), largestKeepableDesign('Large two')];
    expect(serializeDesign(designs[0]!).length).toBeLessThan(DESIGN_LIMITS.fileText);
    expect(serializeDesign(designs[0]!).length).toBeGreaterThan(0.95 * DESIGN_LIMITS.fileText);
    // Together far more than localStorage holds.
    expect(2 * JSON.stringify(designs[0]).length).toBeGreaterThan(LOCAL_STORAGE_QUOTA);
    for (const design of designs) first.repo.create(design);
    // "Saved" only once IndexedDB has committed the design.
    expect(first.repo.status.state).toBe('saving');
    await first.repo.written();
    expect(first.repo.status.state).toBe('saved');
    expect(first.statuses.some((s) => s.state === 'unavailable')).toBe(false);
    // localStorage holds only the list, the stamps and the opening mark.
    expect([...storage.data.keys()].some((k) => k.includes(':design:'))).toBe(false);
    expect(storedChars(storage)).toBeLessThan(1000);

    const reloaded = tab();
    await reloaded.repo.prepare();
    const start = reloaded.repo.start();
    expect(start.problems).toEqual([]);
    expect(start.current?.design).toEqual(designs[1]);
    expect(reloaded.repo.list().map((e) => e.name)).toEqual(['Large two', 'Large one']);
  });

  it('writes a design created with its stored text (an opened link) as that text, and reopens it', async () => {
    const { tab } = browser();
    const first = tab();
    await first.repo.prepare();
    first.repo.start();
    const design = whitepaperScenario2();
    const id = first.repo.create(design, { stored: JSON.stringify(design) });
    await first.repo.written();
    expect(first.repo.status.state).toBe('saved');
    const reloaded = tab();
    await reloaded.repo.prepare();
    const start = reloaded.repo.start();
    expect(start.current).toEqual({ id, design });
  });

  it('moves the designs found in localStorage to IndexedDB, once', async () => {
    const { storage, prefix, tab } = browser();
    const before = tab(() => undefined);
    await before.repo.prepare();
    before.repo.start();
    before.repo.create(whitepaperScenario1());
    const current = before.repo.create(whitepaperScenario2());
    expect(storage.data.has(`${prefix}:design:${current}`)).toBe(true);

    const after = tab();
    expect(await after.repo.prepare()).toBe(true);
    const start = after.repo.start();
    expect(start.current).toEqual({ id: current, design: whitepaperScenario2() });
    expect(after.repo.list()).toHaveLength(2);
    expect([...storage.data.keys()].some((k) => k.includes(':design:'))).toBe(false);
    const stored = await indexedDbBodies(prefix)?.all();
    expect([...(stored?.keys() ?? [])].sort()).toEqual(
      after.repo
        .list()
        .map((e) => e.id)
        .sort(),
    );

    // A later start finds them in IndexedDB alone.
    const again = tab();
    await again.repo.prepare();
    expect(again.repo.start().current?.design).toEqual(whitepaperScenario2());

    // A tab without IndexedDB (it cannot read the moved designs) saves in localStorage: the next start
    // moves that design too, and the moved ones are still found.
    const fallback = tab(() => undefined);
    fallback.repo.start();
    fallback.repo.save(renameDesign(whitepaperScenario2(), 'Saved without IndexedDB'));
    fallback.timers.advance(300);
    const last = tab();
    await last.repo.prepare();
    expect(last.repo.start().current?.design.name).toBe('Saved without IndexedDB');
    expect(last.repo.list()).toHaveLength(3);
    expect([...storage.data.keys()].some((k) => k.includes(':design:'))).toBe(false);
  });

  it('stays with localStorage when IndexedDB fails to open, and loses nothing', async () => {
    const { storage, prefix, tab } = browser();
    const before = tab(() => undefined);
    before.repo.start();
    const id = before.repo.create(whitepaperScenario1());
    const failing: DesignBodies = {
      all: () => Promise.reject(Object.assign(new Error('blocked'), { name: 'SecurityError' })),
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
      remove: () => Promise.reject(new Error('blocked')),
    };
    const after = tab(() => failing);
    expect(await after.repo.prepare()).toBe(false);
    expect(after.repo.start().current).toEqual({ id, design: whitepaperScenario1() });
    after.repo.save(renameDesign(whitepaperScenario1(), 'Still saved'));
    after.timers.advance(300);
    expect(after.repo.status.state).toBe('saved');
    expect(JSON.parse(storage.data.get(`${prefix}:design:${id}`) ?? '{}').name).toBe('Still saved');
  });

  it('says why when IndexedDB refuses a write, and never shows it as saved', async () => {
    const { tab } = browser();
    const full: DesignBodies = {
      all: async () => new Map(),
      get: async () => undefined,
      set: () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })),
      remove: async () => undefined,
    };
    const one = tab(() => full);
    await one.repo.prepare();
    one.repo.start();
    one.repo.create(whitepaperScenario1());
    await one.repo.written();
    expect(one.repo.status).toEqual({ state: 'unavailable', reason: 'Browser storage is full.' });
    expect(one.statuses.some((s) => s.state === 'saved')).toBe(false);
  });

  it('tabs still notice each other’s saves and deletions', async () => {
    const { storage, tab } = browser();
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
    const a = tab();
    await a.repo.prepare();
    a.repo.start();
    const id = a.repo.create(whitepaperScenario1());
    const other = a.repo.create(whitepaperScenario2(), { current: false });
    await a.repo.written();
    const b = tab();
    await b.repo.prepare();
    b.repo.start();
    const changes: ExternalChange[] = [];
    b.repo.onExternalChange((c) => changes.push(c));
    written.length = 0;
    const deliver = async () => {
      for (const key of written.splice(0)) await b.repo.receive(key);
    };

    const edited = renameDesign(whitepaperScenario1(), 'Edited in A');
    a.repo.save(edited);
    a.timers.advance(300);
    await a.repo.written();
    await deliver();
    expect(changes).toContainEqual({ type: 'updated', id, design: edited });

    // Unsaved edits in B and a save in A: a conflict, nothing written over.
    b.repo.save(renameDesign(edited, 'Mine in B'));
    a.repo.save(renameDesign(edited, 'Theirs in A'));
    a.timers.advance(300);
    await a.repo.written();
    await deliver();
    expect(b.repo.conflict?.theirs.name).toBe('Theirs in A');
    expect(b.repo.conflict?.mine.name).toBe('Mine in B');

    // A design deleted in A leaves B's list.
    a.repo.remove(other);
    await deliver();
    expect(b.repo.list().some((e) => e.id === other)).toBe(false);
  });
});
