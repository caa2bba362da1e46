import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { encodeShareFragment } from '../domain/share/share-link';
import { DesignRepository } from './design-repository';
import { FakeStorage } from './fakes.test-support';
import { openInitialDesign } from './initial-design';
import { unkeepableDesign } from './keepable-design.test-support';
import type { HistoryLike } from './url-hash';

function browser(hash: string) {
  const location = { origin: 'http://127.0.0.1:5173', pathname: '/', search: '', hash };
  const history: HistoryLike & { urls: string[] } = {
    state: null,
    urls: [],
    replaceState(_data, _unused, url) {
      this.urls.push(String(url));
      location.hash = '';
    },
  };
  return { location, history };
}

function repositoryWith(storage: FakeStorage) {
  let n = 0;
  return new DesignRepository({ storage: () => storage, newId: () => `local-${++n}-${storage.data.size}` });
}

describe('the design opened at start-up', () => {
  it('opens a shared link as a new local design, keeps the local one and clears the address', async () => {
    const storage = new FakeStorage();
    const before = repositoryWith(storage);
    before.start();
    const mine = before.create(whitepaperScenario1());
    const { location, history } = browser(`#${await encodeShareFragment(whitepaperScenario2())}`);
    const repo = repositoryWith(storage);
    const initial = await openInitialDesign(repo, location, history);
    expect(initial.opened?.source).toBe('link');
    expect(initial.opened?.design).toStrictEqual(whitepaperScenario2());
    expect(history.urls).toEqual(['/']);
    expect(repo.list().map((e) => e.id)).toContain(mine);
    // A reload now restores the imported design from local storage, without importing again.
    const reloaded = await openInitialDesign(repositoryWith(storage), location, history);
    expect(reloaded.opened).toEqual({
      id: initial.opened?.id,
      design: whitepaperScenario2(),
      source: 'local',
    });
    expect(repositoryWith(storage).start().current?.id).toBe(initial.opened?.id);
  });

  it('reports a broken link, keeps the local design open and clears the address', async () => {
    const storage = new FakeStorage();
    const first = repositoryWith(storage);
    first.start();
    first.create(whitepaperScenario1());
    const { location, history } = browser('#d1.broken!');
    const initial = await openInitialDesign(repositoryWith(storage), location, history);
    expect(initial.linkError?.code).toBe('bad-base64');
    expect(initial.opened?.design).toStrictEqual(whitepaperScenario1());
    // A reload must not meet the same broken link again.
    expect(history.urls).toEqual(['/']);
    expect(location.hash).toBe('');
  });

  it('refuses a link whose design would not open again once saved, and stores nothing', async () => {
    const storage = new FakeStorage();
    const { location, history } = browser(`#${await encodeShareFragment(unkeepableDesign())}`);
    const repo = repositoryWith(storage);
    const initial = await openInitialDesign(repo, location, history);
    expect(initial.linkError?.code).toBe('too-large');
    expect(initial.linkError?.message).toMatch(/a design file is at most 4\.0 MiB/);
    expect(initial.opened).toBeUndefined();
    expect(repo.list()).toEqual([]);
    expect(storage.data.size).toBe(0);
    expect(history.urls).toEqual(['/']);
  });

  it('opens nothing when the last opening never finished, and names that design', async () => {
    const storage = new FakeStorage();
    const before = repositoryWith(storage);
    before.start();
    before.create(whitepaperScenario1());
    const frozen = before.create(whitepaperScenario2());
    before.beginOpening(frozen);
    const { location, history } = browser('');
    const initial = await openInitialDesign(repositoryWith(storage), location, history);
    expect(initial).toEqual({ safe: { reason: 'unfinished', entryId: frozen }, problems: [] });
    // Finishing an opening clears the mark: the next start opens the current design again.
    const again = repositoryWith(storage);
    again.start();
    again.beginOpening(frozen);
    again.finishOpening();
    expect((await openInitialDesign(repositoryWith(storage), location, history)).opened?.id).toBe(frozen);
  });

  it('starts safely on #safe, adds a link in the address to the list without opening it', async () => {
    const storage = new FakeStorage();
    const before = repositoryWith(storage);
    before.start();
    const mine = before.create(whitepaperScenario1());
    const safe = browser('#safe');
    const initial = await openInitialDesign(repositoryWith(storage), safe.location, safe.history);
    expect(initial).toEqual({ safe: { reason: 'requested' }, problems: [] });
    expect(safe.history.urls).toEqual(['/']);

    const linked = browser(`#${await encodeShareFragment(whitepaperScenario2())}`);
    const repo = repositoryWith(storage);
    repo.beginOpening(mine);
    const withLink = await openInitialDesign(repo, linked.location, linked.history);
    expect(withLink.safe?.reason).toBe('unfinished');
    expect(withLink.opened).toBeUndefined();
    const linkId = withLink.safe?.linkId;
    expect(repo.list().find((e) => e.id === linkId)?.name).toBe(whitepaperScenario2().name);
    expect(repo.currentId).toBe(mine);
    expect(linked.history.urls).toEqual(['/']);
  });

  it('opens nothing on a first visit', async () => {
    const { location, history } = browser('');
    expect(await openInitialDesign(repositoryWith(new FakeStorage()), location, history)).toEqual({
      problems: [],
    });
  });
});
