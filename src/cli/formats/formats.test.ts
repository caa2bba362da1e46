/**
 * validate --format sarif|junit|github|json: the pipeline formats, with findings located in the design file.
 * The SARIF log is checked by Microsoft's SARIF Multitool (an oracle: under CI its absence fails the suite).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { updateEntity } from '../../domain/model/operations';
import { ruleCatalog } from '../../domain/rules/rule-catalog';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { run, scratch } from '../test-support/run-cli';
import { findSarifMultitool, validateSarif } from '../test-support/sarif-multitool';

const { dir, file } = scratch('validate-formats-');
// a directory under the working directory, for relative paths (workers can't chdir)
mkdirSync('test-results', { recursive: true });
const localDir = relative(process.cwd(), mkdtempSync(join('test-results', 'validate-formats-')));
const ok = file('ok.json', whitepaperScenario1(), true);
// POL008 on snet-pp-eus (a /25 twin of a /24) and NET009 on a subnet whose name carries an escape sequence
let brokenDesign = updateEntity(whitepaperScenario1(), 'subnets', 'snet-pp-eus', { prefix: '10.20.0.0/25' });
brokenDesign = updateEntity(brokenDesign, 'subnets', 'snet-data-wus', { name: 'evil\u001b]0;pwned\u0007' });
const broken = file('broken.json', brokenDesign, true);
const brokenText = readFileSync(broken, 'utf8');

/** The text between two 1-based line/column positions of the broken file (end exclusive). */
function regionText(r: {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}): string {
  const lines = brokenText.split('\n');
  const offset = (line = 1, column = 1) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return brokenText.slice(offset(r.startLine, r.startColumn), offset(r.endLine, r.endColumn));
}
const subnet = (id: string) => brokenDesign.subnets.find((s) => s.id === id);

describe('validate --format sarif', () => {
  it('writes SARIF 2.1.0 with rule metadata, help links and each result at its object', async () => {
    const r = await run(['validate', ok, broken, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as Log;
    expect(log.version).toBe('2.1.0');
    const sarifRun = log.runs[0];
    if (!sarifRun) throw new Error('no run');
    const rules = sarifRun.tool.driver.rules ?? [];
    expect(rules.map((x) => x.id)).toEqual(Object.keys(ruleCatalog).sort());
    const pol008 = rules.find((x) => x.id === 'POL008');
    expect(pol008?.helpUri).toBe(ruleCatalog.POL008?.docs);
    expect(pol008?.shortDescription?.text).toBe(ruleCatalog.POL008?.title);
    expect(pol008?.defaultConfiguration?.level).toBe('error');
    const results = sarifRun.results ?? [];
    const polResult = results.find((x) => x.ruleId === 'POL008');
    expect(rules[polResult?.ruleIndex ?? -1]?.id).toBe('POL008');
    const loc = polResult?.locations?.[0]?.physicalLocation;
    expect(loc?.artifactLocation?.uri).toMatch(/^file:\/\/\/.*\/broken\.json$/);
    // the region is exactly the offending object's text in the file
    const culprit = polResult?.properties?.objectIds[0];
    expect(JSON.parse(regionText(loc?.region ?? {}))).toEqual(subnet(culprit));
    expect(loc?.region?.startLine).toBeGreaterThan(1);
    const index = brokenDesign.subnets.findIndex((s) => s.id === culprit);
    expect(polResult?.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe(`$.subnets[${index}]`);
    // the name-rule result points at the subnet with the bad name
    const net009 = results.find((x) => x.ruleId === 'NET009');
    expect(JSON.parse(regionText(net009?.locations?.[0]?.physicalLocation?.region ?? {}))).toEqual(
      subnet('snet-data-wus'),
    );
    // two artifacts, results only for the broken one
    expect(sarifRun.artifacts?.map((a) => a.location?.uri?.split('/').at(-1))).toEqual([
      'ok.json',
      'broken.json',
    ]);
    expect(new Set(results.map((x) => x.locations?.[0]?.physicalLocation?.artifactLocation?.index))).toEqual(
      new Set([1]),
    );
  });

  it('uses relative URIs for relative paths and records an unreadable file as a failed invocation', async () => {
    const local = join(localDir, 'broken.json');
    writeFileSync(local, brokenText);
    const missing = join(localDir, 'missing.json');
    const r = await run(['validate', `./${local}`, missing, '--format', 'sarif']);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.out) as Log;
    const sarifRun = log.runs[0];
    expect(sarifRun?.artifacts?.map((a) => a.location?.uri)).toEqual([local, missing]);
    expect(sarifRun?.invocations?.[0]?.executionSuccessful).toBe(false);
    expect(sarifRun?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(
      `${missing}: no such file.`,
    );
    expect(r.err).toBe(`${missing}: no such file.`);
  });

  const multitool = findSarifMultitool();
  const inCi = process.env.CI === 'true';
  it.runIf(inCi)('has the SARIF Multitool in CI', () => {
    expect(multitool, 'npm ci installs @microsoft/sarif-multitool').toBeDefined();
  });
  it.skipIf(!multitool)(
    "passes Microsoft's SARIF Multitool validation with no error or warning",
    async () => {
      const local = join(localDir, 'for-multitool.json');
      writeFileSync(local, brokenText);
      const r = await run(['validate', local, ok, join(localDir, 'missing.json'), '--format', 'sarif']);
      expect(r.code).toBe(2);
      const sarif = file('broken.sarif', r.out);
      const verdict = validateSarif(multitool as string, sarif);
      expect(verdict.status, verdict.output).toBe(0);
      expect(verdict.problems).toEqual([]);
    },
  );

  it.skipIf(!multitool)(
    'the Multitool check can fail: it flags a result whose rule index does not exist',
    () => {
      const bad = {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x', rules: [] } },
            results: [{ ruleId: 'A', ruleIndex: 3, message: { text: 'm' } }],
          },
        ],
      };
      const verdict = validateSarif(multitool as string, file('bad.sarif', bad));
      expect(verdict.problems.length).toBeGreaterThan(0);
    },
  );
});

describe('validate --format junit', () => {
  it('writes one test case per rule per design; a rule with errors fails, with the location', async () => {
    const r = await run(['validate', ok, broken, '--format', 'junit']);
    expect(r.code).toBe(1);
    const ruleCount = Object.keys(ruleCatalog).length;
    expect(r.out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(r.out.match(/<testsuite /g)).toHaveLength(2);
    expect(r.out.match(/<testcase /g)).toHaveLength(2 * ruleCount);
    const brokenSuite = r.out.slice(r.out.indexOf('broken.json ('));
    expect(brokenSuite).toMatch(
      /<testcase classname="[^"]*broken\.json" name="POL008 [^"]+">\s*<failure type="POL008"/,
    );
    const sarif = JSON.parse((await run(['validate', broken, '--format', 'sarif'])).out) as Log;
    const region = sarif.runs[0]?.results?.find((x) => x.ruleId === 'NET009')?.locations?.[0]
      ?.physicalLocation?.region;
    expect(brokenSuite).toContain(`broken.json:${region?.startLine}:${region?.startColumn} ($.subnets[`);
    const failures = Number(/<testsuites [^>]*failures="(\d+)"/.exec(r.out)?.[1]);
    expect(failures).toBe((r.out.match(/<failure /g) ?? []).length);
    expect(failures).toBeGreaterThanOrEqual(2);
    // XML can't carry ESC or BEL: they are replaced, and markup is escaped
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(r.out).toContain('evil\uFFFD]0;pwned\uFFFD');
  });

  it('reports an unreadable file as an errored test case', async () => {
    const r = await run(['validate', ok, join(dir, 'nope.json'), '--format', 'junit']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /<testcase classname="[^"]*nope\.json" name="load design">\s*<error type="load" message="[^"]*nope\.json: no such file\."/,
    );
  });
});

describe('validate --format github', () => {
  it('prints ::error workflow commands with file, line and column, control characters escaped', async () => {
    const r = await run(['validate', broken, '--format', 'github']);
    expect(r.code).toBe(1);
    const net009 = r.out.split('\n').find((l) => l.includes('title=NET009'));
    const m = /^::error file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),/.exec(net009 ?? '');
    expect(m?.[1]).toBe(broken);
    const [startLine, startColumn, endLine, endColumn] = (m ?? []).slice(2).map(Number);
    expect(JSON.parse(regionText({ startLine, startColumn, endLine, endColumn }))).toEqual(
      subnet('snet-data-wus'),
    );
    expect(r.out).toMatch(/title=NET009::Subnet name "evil\\x1b\]0;pwned\\x07"/);
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    for (const line of r.out.split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=/);
  });
});

describe('validate --format json and the text format', () => {
  it('prints one object for one file and an array for several', async () => {
    const one = JSON.parse((await run(['validate', broken, '--format', 'json'])).out);
    expect(one).toMatchObject({ file: broken, counts: { error: expect.any(Number) } });
    const many = JSON.parse((await run(['validate', ok, broken, join(dir, 'gone.json'), '--json'])).out);
    expect(many.map((x: { file: string }) => x.file)).toEqual([ok, broken, join(dir, 'gone.json')]);
    expect(many[2].error).toMatch(/no such file/);
  });

  it('escapes control characters from names in text output', async () => {
    const r = await run(['validate', broken]);
    expect(r.out).toContain('Subnet name "evil\\x1b]0;pwned\\x07"');
    expect(r.out).not.toMatch(/[\u001b\u0007]/);
  });

  it('refuses an unknown format with the choices', async () => {
    const r = await run(['validate', ok, '--format', 'xml']);
    expect(r).toMatchObject({
      code: 2,
      err: 'unknown format "xml"; choose one of text, json, sarif, junit, github.',
    });
  });
});
