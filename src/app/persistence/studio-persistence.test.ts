import { describe, expect, it } from 'vitest';
import { createDesign } from '../../domain/model/factories';
import { renameDesign } from '../../domain/model/operations';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../../domain/samples/whitepaper-scenario-2';
import { encodeShareFragment } from '../../domain/share/share-link';
import { DesignRepository } from '../../platform/design-repository';
import { FakeStorage, FakeTimers } from '../../platform/fakes.test-support';
import type { HistoryLike } from '../../platform/url-hash';
import { openLinkInAddress } from './open-link-in-address';
import { startStudio } from './start-studio';

function setup(storage = new FakeStorage(), timers = new FakeTimers()) {
  let n = 0;
  const repository = new DesignRepository({
    storage: () => storage,
    newId: () => `local-${++n}`,
    now: () => timers.now,
    setTimer: timers.set,
    clearTimer: timers.clear,
  });
  return { storage, timers, repository };
}

function address(hash = '') {
  const location = { origin: 'http://127.0.0.1:5173', pathname: '/', search: '', hash };
  const history: HistoryLike = {
    state: null,
    replaceState() {
      location.hash = '';
    },
  };
  return { location, history };
}

async function start(storage = new FakeStorage(), hash = '', timers = new FakeTimers(), drawn = true) {
  const env = setup(storage, timers);
  const studio = await startStudio({ repository: env.repository, ...address(hash) });
  studio.persistence.connect();
  // What the page's opening watch does once the first design is drawn.
  if (drawn) studio.persistence.finishOpening();
  return { ...env, ...studio };
}

describe('start-up', () => {
  it('opens white paper scenario 1 on a first visit and keeps it as a local design', async () => {
    const { store, persistence } = await start();
    expect(store.getState().design.name).toBe(whitepaperScenario1().name);
    expect(persistence.ui.getState().recent.map((e) => e.name)).toEqual([whitepaperScenario1().name]);
  });

  it('restores the edited design after a reload', async () => {
    const storage = new FakeStorage();
    const first = await start(storage);
    first.store.getState().apply((d) => renameDesign(d, 'Contoso network'));
    first.timers.advance(1000);
    expect(first.persistence.ui.getState().status.state).toBe('saved');
    const second = await start(storage);
    expect(second.store.getState().design).toStrictEqual(first.store.getState().design);
  });

  it('opens a link as its own design and keeps the previous one in the list', async () => {
    const storage = new FakeStorage();
    const first = await start(storage);
    first.store.getState().apply((d) => renameDesign(d, 'Mine'));
    first.repository.flush();
    const second = await start(storage, `#${await encodeShareFragment(whitepaperScenario2())}`);
    expect(second.store.getState().design).toStrictEqual(whitepaperScenario2());
    expect(
      second.persistence.ui
        .getState()
        .recent.map((e) => e.name)
        .sort(),
    ).toEqual(['Mine', whitepaperScenario2().name].sort());
    expect(second.store.getState().notice?.text).toContain('from a link');
  });

  it('reports a broken link and keeps the previous design', async () => {
    const storage = new FakeStorage();
    const first = await start(storage);
    first.store.getState().apply((d) => renameDesign(d, 'Mine'));
    first.repository.flush();
    const second = await start(storage, '#d1.!!!not-base64');
    expect(second.store.getState().design.name).toBe('Mine');
    const [alert] = second.persistence.ui.getState().alerts;
    expect(alert?.title).toBe('The link could not be opened');
    expect(alert?.message).toContain('Your previous design “Mine” is still open.');
    expect(second.persistence.ui.getState().recent).toHaveLength(1);
    // A design opened afterwards clears the message.
    second.persistence.openAsNew(whitepaperScenario2());
    expect(second.persistence.ui.getState().alerts).toEqual([]);
  });

  it('reports corrupt local entries without failing', async () => {
    const storage = new FakeStorage();
    storage.data.set('vnet-studio:design:broken', '{not json');
    const { store, persistence } = await start(storage);
    expect(store.getState().design.name).toBe(whitepaperScenario1().name);
    expect(persistence.ui.getState().alerts[0]?.message).toContain('could not be opened');
  });

  it('keeps working in memory when storage refuses, and says why', async () => {
    const storage = new FakeStorage();
    storage.failWith = 'QuotaExceededError';
    const { store, persistence, timers } = await start(storage);
    store.getState().apply((d) => renameDesign(d, 'Edited'));
    timers.advance(1000);
    expect(store.getState().design.name).toBe('Edited');
    expect(persistence.ui.getState().status).toEqual({
      state: 'unavailable',
      reason: 'Browser storage is full.',
    });
  });
});

describe('autosave and recent designs', () => {
  it('gives a design opened by the store (template, new design) its own entry', async () => {
    const { store, persistence, timers } = await start();
    const before = persistence.ui.getState().currentId;
    store.getState().openDesign(whitepaperScenario2());
    timers.advance(1000);
    const state = persistence.ui.getState();
    expect(state.currentId).not.toBe(before);
    expect(state.recent).toHaveLength(2);
    expect(state.recent.find((e) => e.id === before)?.name).toBe(whitepaperScenario1().name);
  });

  it('saves edits, undo and redo to the open entry only', async () => {
    const { store, persistence, timers, repository } = await start();
    const id = persistence.ui.getState().currentId;
    store.getState().apply((d) => renameDesign(d, 'A'));
    store.getState().undo();
    store.getState().redo();
    timers.advance(1000);
    expect(persistence.ui.getState().recent).toHaveLength(1);
    expect(repository.open(id ?? '')?.name).toBe('A');
  });

  it('opens, renames and deletes entries', async () => {
    const { store, persistence } = await start();
    const first = persistence.ui.getState().currentId ?? '';
    persistence.openAsNew(whitepaperScenario2());
    const second = persistence.ui.getState().currentId ?? '';
    persistence.rename(first, '  Renamed first  ');
    expect(persistence.ui.getState().recent.find((e) => e.id === first)?.name).toBe('Renamed first');
    expect(store.getState().design.name).toBe(whitepaperScenario2().name);
    // Renaming the open design goes through the store, so it can be undone.
    persistence.rename(second, 'Open one');
    expect(store.getState().design.name).toBe('Open one');
    store.getState().undo();
    expect(store.getState().design.name).toBe(whitepaperScenario2().name);
    expect(persistence.openEntry(first)).toBe(true);
    expect(store.getState().design.name).toBe('Renamed first');
    expect(store.getState().past).toEqual([]);
    expect(persistence.ui.getState().recent).toHaveLength(2);
    // Deleting the open design opens the next one.
    persistence.remove(first);
    expect(persistence.ui.getState().currentId).toBe(second);
    expect(store.getState().design.name).toBe(whitepaperScenario2().name);
    persistence.remove(second);
    expect(store.getState().design.name).toBe('Untitled design');
    expect(persistence.ui.getState().recent.map((e) => e.name)).toEqual(['Untitled design']);
  });

  it('ignores an empty name and reports an entry that is gone', async () => {
    const { persistence } = await start();
    const id = persistence.ui.getState().currentId ?? '';
    persistence.rename(id, '   ');
    expect(persistence.ui.getState().recent[0]?.name).toBe(whitepaperScenario1().name);
    expect(persistence.openEntry('missing')).toBe(false);
    expect(persistence.ui.getState().alerts[0]?.title).toBe('The design could not be opened');
  });

  it('shows the storage warning again after a new failure', async () => {
    const storage = new FakeStorage();
    const { store, persistence, timers } = await start(storage);
    storage.failWith = 'QuotaExceededError';
    store.getState().apply((d) => renameDesign(d, 'X'));
    timers.advance(1000);
    persistence.dismissStorageWarning();
    expect(persistence.ui.getState().storageWarningDismissed).toBe(true);
    storage.failWith = undefined;
    store.getState().apply((d) => renameDesign(d, 'Y'));
    timers.advance(1000);
    expect(persistence.ui.getState().status.state).toBe('saved');
    storage.failWith = 'QuotaExceededError';
    store.getState().apply((d) => renameDesign(d, 'Z'));
    timers.advance(1000);
    expect(persistence.ui.getState().storageWarningDismissed).toBe(false);
  });

  it('keeps at most three messages, the newest first, one per title', async () => {
    const { persistence } = await start();
    persistence.alert('A', '1');
    persistence.alert('B', '2');
    persistence.alert('A', '3');
    persistence.alert('C', '4');
    persistence.alert('D', '5');
    expect(persistence.ui.getState().alerts.map((a) => a.message)).toEqual(['5', '4', '3']);
    persistence.dismissAlert(persistence.ui.getState().alerts[0]?.id ?? 0);
    expect(persistence.ui.getState().alerts.map((a) => a.title)).toEqual(['C', 'A']);
  });

  it('a new design is empty and named', async () => {
    const { store, persistence } = await start();
    persistence.newDesign();
    expect(store.getState().design).toStrictEqual({
      ...createDesign({ name: 'Untitled design' }),
      id: store.getState().design.id,
    });
  });
});

describe('a link pasted into the address of an open studio', () => {
  it('opens as its own design and leaves the address clean', async () => {
    const { store, persistence } = await start();
    const { location, history } = address(`#${await encodeShareFragment(whitepaperScenario2())}`);
    await openLinkInAddress(persistence, location, history);
    expect(store.getState().design).toStrictEqual(whitepaperScenario2());
    expect(persistence.ui.getState().recent).toHaveLength(2);
    expect(location.hash).toBe('');
  });

  it('reports a broken link, keeps the design and ignores an address without a link', async () => {
    const { store, persistence } = await start();
    const before = store.getState().design;
    const broken = address('#d1.%%%');
    await openLinkInAddress(persistence, broken.location, broken.history);
    expect(store.getState().design).toBe(before);
    expect(persistence.ui.getState().alerts[0]?.message).toContain('is still open');
    expect(broken.location.hash).toBe('');
    const plain = address('#section');
    await openLinkInAddress(persistence, plain.location, plain.history);
    expect(plain.location.hash).toBe('#section');
    expect(persistence.ui.getState().recent).toHaveLength(1);
  });
});
