import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from './all-rules';
import { catalogIds } from './catalog-ids';
import { envFixtures } from './env/env.fixtures';
import { natFixtures } from './nat/nat.fixtures';
import { netFixtures } from './net/net.fixtures';
import { peerFixtures } from './peer/peer.fixtures';
import { polFixtures } from './pol/pol.fixtures';
import { reachFixtures } from './reach/reach.fixtures';
import { ruleCatalog } from './rule-catalog';
import { subFixtures } from './sub/sub.fixtures';

const fixtures = [
  ...envFixtures,
  ...polFixtures,
  ...subFixtures,
  ...netFixtures,
  ...peerFixtures,
  ...reachFixtures,
  ...natFixtures,
];

/** `rules.md` beside the repository (`../shared/domain/rules.md` from the repo root), when present. */
function catalogueFile(): Array<[string, string]> | undefined {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const file = join(root, '..', 'shared', 'domain', 'rules.md');
  if (!existsSync(file)) return undefined;
  const rows: Array<[string, string]> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\|\s*([A-Z]+\d{3})\s*\|\s*(error|warning|info)\s*\|(.*)$/.exec(line);
    if (m && !/retired/i.test(m[3] ?? '')) rows.push([m[1] as string, m[2] as string]);
  }
  return rows;
}

describe('the rule catalogue', () => {
  it('lists every catalogue rule once, in catalogue order, with its severity', () => {
    expect(allRules.map((r) => [r.id, r.severity])).toEqual(catalogIds);
    expect(new Set(allRules.map((r) => r.id)).size).toBe(allRules.length);
  });

  // ../shared beside the repository is an oracle: without it this check is skipped (visibly), and in CI,
  // where a copy of shared/ always lies beside the clone, its absence is a failure
  const rows = catalogueFile();
  it.runIf(process.env.CI === 'true')('finds ../shared/domain/rules.md in CI', () => {
    expect(rows, 'no ../shared/domain/rules.md beside the repository').toBeDefined();
  });
  it.skipIf(!rows)('matches rules.md', () => {
    expect(rows?.length).toBeGreaterThan(40);
    expect(rows).toEqual(catalogIds.map(([id, sev]) => [id, sev]));
  });

  it('has a title, a family and a docs link for every rule', () => {
    for (const [id] of catalogIds) {
      const entry = ruleCatalog[id];
      expect(entry?.title, id).toMatch(/\w/);
      expect(entry?.family, id).toBeDefined();
      expect(entry?.docs, id).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
  });

  it('has a triggering fixture and a near miss for every rule ID', () => {
    const covered = new Set(fixtures.map((f) => f.ruleId));
    expect(catalogIds.map(([id]) => id).filter((id) => !covered.has(id))).toEqual([]);
    expect(fixtures.filter((f) => !ruleCatalog[f.ruleId])).toEqual([]);
  });
});
