/**
 * The built CLI as a process: the bundle the package's `bin` runs, standard input, devices, directories,
 * byte-order marks, control characters, many files, and `npm pack` installed into an empty folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, ensureCliBuilt } from '../../scripts/build-cli.mjs';
import { MAX_DESIGN_TEXT } from '../domain/model/load';
import { updateEntity } from '../domain/model/operations';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../domain/samples/whitepaper-scenario-2';
import { MAX_INPUT_BYTES } from './io';
import { scratch } from './test-support/run-cli';

const bin = join(process.cwd(), 'bin', 'vnet-studio.mjs');
const { dir, file } = scratch('cli-process-');
const ok = file('ok.json', whitepaperScenario1());
const broken = file(
  'broken.json',
  updateEntity(whitepaperScenario1(), 'subnets', 'snet-pp-eus', { prefix: '10.20.0.0/25' }),
);

function cli(args: string[], input?: string | Buffer, options: { stdin?: number | 'pipe' } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

describe('the bundled CLI', () => {
  it('runs from dist-cli without tsx: the bin imports the bundle, which imports nothing outside Node', () => {
    expect(readFileSync(bin, 'utf8')).toContain("import('../dist-cli/vnet-studio.mjs')");
    const chunks = readdirSync(join(process.cwd(), 'dist-cli', 'chunks')).map((f) =>
      readFileSync(join(process.cwd(), 'dist-cli', 'chunks', f), 'utf8'),
    );
    const imports = [readFileSync(cliEntry, 'utf8'), ...chunks]
      .flatMap((code) => [...code.matchAll(/(?:from|import\()\s*"([^"]+)"/g)].map((m) => m[1] ?? ''))
      .filter((spec) => !spec.startsWith('./') && !spec.startsWith('../') && !isBuiltin(spec));
    expect(imports).toEqual([]);
    const out = execFileSync(process.execPath, [bin, 'validate', ok], { encoding: 'utf8' });
    expect(out).toMatch(/0 errors/);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(cli(['--version']).out).toBe(`${version}\n`);
  });

  it('validates many files and globs, one block each, and exits with the worst result', () => {
    const r = cli(['validate', ok, join(dir, 'b*.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`==> ${ok} <==`);
    expect(r.out).toContain(`==> ${broken} <==`);
    expect(r.out).toMatch(/POL008/);
    const withMissing = cli(['validate', ok, join(dir, 'missing.json'), broken]);
    expect(withMissing.code).toBe(2);
    expect(withMissing.err).toBe(`${join(dir, 'missing.json')}: no such file.\n`);
    // the file after the missing one still ran
    expect(withMissing.out.match(/: \d+ errors,/g)).toHaveLength(2);
    const noMatch = cli(['validate', ok, join(dir, 'nothing-*.json')]);
    expect(noMatch).toMatchObject({ code: 2, err: expect.stringContaining('no file matches this pattern') });
  });

  it('pipes import into validate: vnet-studio import a.json b.json | vnet-studio validate -', () => {
    const specs = join(process.cwd(), 'src', 'domain', 'import', '__corpus__', 'rest-api-specs');
    const quote = (p: string) => `'${p.replace(/'/g, "'\\''")}'`;
    const node = quote(process.execPath);
    const r = spawnSync(
      '/bin/sh',
      [
        '-c',
        `${node} ${quote(bin)} import ${quote(join(specs, 'VirtualNetworkGetWithSubnetDelegation.json'))} ${quote(join(specs, 'NatGatewayGet.json'))} | ${node} ${quote(bin)} validate -`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Imported network: \d+ errors, \d+ warnings, \d+ info$/m);
    expect([0, 1]).toContain(r.status);
  });

  it('reads - from standard input in every verb that takes designs', () => {
    const text = JSON.stringify(whitepaperScenario2());
    expect(cli(['validate', '-'], text)).toMatchObject({ code: 0, out: expect.stringMatching(/0 errors/) });
    expect(cli(['usage', '-'], text).out).toMatch(/estimated demand/);
    expect(cli(['export', '-', '--target', 'bicep'], text).out).toContain('resource ');
    expect(cli(['report', '-'], text).out).toMatch(/^# Design review/);
    const link = cli(['share', '-'], text).out.trim();
    expect(link).toMatch(/#d1\./);
    expect(JSON.parse(cli(['open', '-'], link).out)).toStrictEqual(whitepaperScenario2());
    // stdin named twice is read once and validated twice
    expect(cli(['validate', '-', '-'], text).out.match(/0 errors/g)).toHaveLength(2);
  });

  it('accepts a UTF-8 byte-order mark, as the studio does', () => {
    const bom = file('bom.json', `\uFEFF${JSON.stringify(whitepaperScenario1(), null, 2)}`);
    expect(readFileSync(bom).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(cli(['validate', bom])).toMatchObject({ code: 0, out: expect.stringMatching(/0 errors/) });
    expect(cli(['validate', '-'], readFileSync(bom)).code).toBe(0);
  });

  it('exits 2 with a message for a directory, a device without end, and a directory on stdin', () => {
    const d = cli(['validate', dir]);
    expect(d).toMatchObject({ code: 2, err: `${dir}: is a directory, not a design file.\n` });
    const zero = cli(['validate', '/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.err).toBe(
      `/dev/zero: more than ${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes; a design file is at most ${MAX_DESIGN_TEXT.toLocaleString('en-US')} characters.\n`,
    );
    for (const verb of ['open', 'validate']) {
      const fd = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" ${verb} - < "${dir}"`], {
        encoding: 'utf8',
      });
      expect(fd.status).toBe(2);
      expect(fd.stderr).toMatch(/^standard input: is a directory/);
    }
    const endless = spawnSync('sh', ['-c', `yes | "${process.execPath}" "${bin}" validate -`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(endless.status).toBe(2);
    expect(
      endless.stderr.startsWith(`standard input: more than ${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes`),
    ).toBe(true);
  });

  it('escapes control characters from names in validate and usage output', () => {
    const design = updateEntity(whitepaperScenario1(), 'vnets', 'vnet1', {
      name: 'v\u001b[2J\u001b]0;owned\u0007',
    });
    const nasty = file('nasty.json', design);
    for (const verb of ['validate', 'usage']) {
      const r = cli([verb, nasty]);
      expect(r.out, verb).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(r.out, verb).toContain('v\\x1b[2J\\x1b]0;owned\\x07');
    }
  });

  it('exits 0 quietly when the reader stops early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" schema | head -c 10`], {
      encoding: 'utf8',
    });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).toBe('');
  });
});

describe('npm pack', () => {
  it('gives a package that installs into an empty folder and validates offline', () => {
    const work = join(dir, 'pack');
    mkdirSync(work);
    const env = {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        encoding: 'utf8',
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const tarball = join(work, packed[0]?.filename ?? '');
    const paths = packed[0]?.files.map((f) => f.path) ?? [];
    expect(paths).toContain('bin/vnet-studio.mjs');
    expect(paths).toContain('dist-cli/vnet-studio.mjs');
    expect(paths.filter((p) => p.startsWith('src/'))).toEqual([]);
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
    // --offline: nothing may be fetched, so the package must need nothing but itself
    execFileSync('npm', ['install', '--offline', '--no-package-lock', tarball], {
      cwd: app,
      env,
      stdio: 'ignore',
    });
    expect(existsSync(join(app, 'node_modules', '.bin', 'vnet-studio'))).toBe(true);
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['vnet-studio']);
    writeFileSync(join(app, 'design.json'), JSON.stringify(whitepaperScenario1()));
    const r = spawnSync('npx', ['--offline', '--no-install', 'vnet-studio', 'validate', 'design.json'], {
      cwd: app,
      env,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/White paper scenario 1.*: 0 errors, 0 warnings, 0 info/);
  }, 180_000);
});
