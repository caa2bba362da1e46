import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { encodeShareFragment } from '../domain/share/share-link';
import { DesignRepository } from './design-repository';
import { FakeStorage } from './fakes.test-support';
import { openInitialDesign } from './initial-design';
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

  it('reports a broken link and falls back to the local design, leaving the address alone', async () => {
    const storage = new FakeStorage();
    const first = repositoryWith(storage);
    first.start();
    first.create(whitepaperScenario1());
    const { location, history } = browser('#d1.broken!');
    const initial = await openInitialDesign(repositoryWith(storage), location, history);
    expect(initial.linkError?.code).toBe('bad-base64');
    expect(initial.opened?.design).toStrictEqual(whitepaperScenario1());
    expect(history.urls).toEqual([]);
  });

  it('opens nothing on a first visit', async () => {
    const { location, history } = browser('');
    expect(await openInitialDesign(repositoryWith(new FakeStorage()), location, history)).toEqual({
      problems: [],
    });
  });
});
