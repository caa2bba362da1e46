/**
 * The repository's GitHub Action (action.yml) and Azure Pipelines template: YAML that parses, real actions
 * and tasks, and their validation scripts run for real with bash against design files.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureCliBuilt } from '../../scripts/build-cli.mjs';
import { updateEntity } from '../domain/model/operations';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { scratch } from './test-support/run-cli';

type Step = {
  uses?: string;
  name?: string;
  id?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  if?: string;
};
const action = parse(readFileSync('action.yml', 'utf8')) as {
  name: string;
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};
const ado = parse(readFileSync('pipelines/vnet-studio-validate.yml', 'utf8')) as {
  parameters: Array<{ name: string; default: unknown }>;
  steps: Array<
    Record<string, unknown> & {
      task?: string;
      script?: string;
      env?: Record<string, string>;
      inputs?: Record<string, unknown>;
    }
  >;
};

const { dir, file } = scratch('pipeline-templates-');
file('designs-ok.json', whitepaperScenario1());
file('designs-bad.json', updateEntity(whitepaperScenario1(), 'environments', 'env-prod', { managed: false }));
const cli = join(process.cwd(), 'bin', 'vnet-studio.mjs');

function bash(script: string, env: Record<string, string>) {
  return spawnSync('bash', ['-e', '-c', script], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

describe('action.yml', () => {
  it('is a composite action: set up Node, build the CLI, validate, upload SARIF, fail on errors', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map((s) => s.uses ?? s.name)).toEqual([
      'actions/setup-node@v4',
      'Build the VNet Studio CLI',
      'Validate designs',
      'github/codeql-action/upload-sarif@v3',
      'Fail on errors',
    ]);
    const upload = action.runs.steps[3];
    expect(Object.keys(upload?.with ?? {}).sort()).toEqual(['category', 'sarif_file']);
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect(Object.keys(action.runs.steps[0]?.with ?? {})).toEqual(['node-version']);
    for (const s of action.runs.steps.filter((x) => x.run)) expect(s.shell).toBe('bash');
    expect(action.inputs.designs?.default).toBe('designs/**/*.json');
  });

  it('its validate step annotates, writes SARIF and records the worst exit code, globs unexpanded by the shell', () => {
    const step = action.runs.steps.find((s) => s.id === 'validate');
    const out = join(dir, 'github-output');
    const sarif = join(dir, 'action.sarif');
    const r = bash(step?.run ?? '', {
      DESIGNS: 'designs-*.json',
      CLI: cli,
      SARIF: sarif,
      GITHUB_OUTPUT: out,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^::error file=designs-bad\.json,line=\d+,col=\d+,.*title=ENV002::/m);
    expect(readFileSync(out, 'utf8')).toBe(`exit-code=1\nsarif-file=${sarif}\n`);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as Log;
    expect(log.runs[0]?.artifacts?.map((a) => a.location?.uri)).toEqual([
      'designs-bad.json',
      'designs-ok.json',
    ]);
    // the fail step turns a non-zero code into a failed job
    const fail = action.runs.steps.at(-1);
    expect(bash(fail?.run ?? '', { CODE: '1' }).status).toBe(1);
  });
});

describe('the Azure Pipelines template', () => {
  it('uses real tasks: Node, the JUnit test results and the CodeAnalysisLogs artifact', () => {
    expect(ado.parameters.map((p) => p.name)).toEqual(['designs', 'cliPath', 'failOnErrors']);
    const tasks = ado.steps.map((s) => s.task ?? (s.script ? 'script' : Object.keys(s)[0]));
    expect(tasks.slice(0, 5)).toEqual([
      'NodeTool@0',
      'script',
      'script',
      'PublishTestResults@2',
      'PublishBuildArtifacts@1',
    ]);
    expect(ado.steps[3]?.inputs).toMatchObject({ testResultsFormat: 'JUnit' });
    expect(ado.steps[4]?.inputs).toMatchObject({ ArtifactName: 'CodeAnalysisLogs' });
  });

  it('its validate script writes JUnit and SARIF and sets the exit code variable', () => {
    const step = ado.steps[2];
    const junit = join(dir, 'results.xml');
    const sarifDir = join(dir, 'CodeAnalysisLogs');
    const r = bash(step?.script ?? '', {
      DESIGNS: 'designs-*.json',
      CLI: cli,
      JUNIT: junit,
      SARIF_DIR: sarifDir,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('##vso[task.setvariable variable=vnetStudioExitCode]1');
    expect(readFileSync(junit, 'utf8')).toMatch(
      /<testcase classname="designs-bad\.json" name="ENV002 [^"]*">\s*<failure/,
    );
    expect((JSON.parse(readFileSync(join(sarifDir, 'vnet-studio.sarif'), 'utf8')) as Log).version).toBe(
      '2.1.0',
    );
  });
});
