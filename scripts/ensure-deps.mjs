#!/usr/bin/env node
// Installs what a fresh clone is missing before `npm start` / `npm test`:
//   - npm packages (npm ci) when node_modules is absent or older than the lockfile;
//   - the bundled CLI (dist-cli/, scripts/build-cli.mjs) when it is missing or older than its sources;
//   - with --test: a Chromium for Playwright (Debian's /usr/bin/chromium, else Playwright's own) and the
//     Bicep CLI (restored from NuGet with the .NET SDK) and PowerShell (a dotnet tool) when `dotnet` is available.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--test');
const log = (msg) => process.stderr.write(`[setup] ${msg}\n`);
const run = (cmd, opts = {}) =>
  spawnSync(cmd, { shell: true, stdio: 'inherit', cwd: root, ...opts }).status === 0;
const has = (cmd) => spawnSync(`command -v ${cmd}`, { shell: true, stdio: 'ignore' }).status === 0;

function ensureNodeModules() {
  const lock = join(root, 'package-lock.json');
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing npm packages (npm ci)…');
  if (!run('npm ci --no-audit --no-fund')) {
    log('npm ci failed');
    process.exit(1);
  }
}

function playwrightBrowserExists() {
  try {
    const path = execSync(
      `node -e "process.stdout.write(require('playwright-core').chromium.executablePath())"`,
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return path !== '' && existsSync(path);
  } catch {
    return false;
  }
}

function ensureChromium() {
  if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') || playwrightBrowserExists()) return;
  log('installing a Chromium for the end-to-end tests…');
  if (run('npx playwright install chromium')) return;
  if (process.getuid?.() === 0 && has('apt-get')) {
    log("Playwright's download failed; installing Debian's chromium…");
    if (run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')) return;
  }
  log('no Chromium could be installed: the end-to-end tests will fail to launch a browser.');
}

function ensureBicep() {
  if (process.env.BICEP && existsSync(process.env.BICEP)) return;
  if (existsSync(join(root, '.tools', 'bicep', 'bicep'))) return;
  if (!has('dotnet')) {
    log('no .NET SDK: the Bicep compiler checks will be skipped (set BICEP=/path/to/bicep to run them).');
    return;
  }
  log('restoring the Bicep CLI from NuGet…');
  if (!run('bash scripts/install-bicep.sh'))
    log('could not restore the Bicep CLI; its checks will be skipped.');
}

function ensurePwsh() {
  if (process.env.PWSH && existsSync(process.env.PWSH)) return;
  if (existsSync(join(root, '.tools', 'pwsh', 'pwsh')) || has('pwsh')) return;
  if (!has('dotnet')) {
    log('no .NET SDK: the PowerShell parser checks will be skipped (they fail under CI=true).');
    return;
  }
  log('installing PowerShell (dotnet tool) for the script parser checks…');
  if (!run('bash scripts/install-pwsh.sh')) log('could not install PowerShell; its checks will be skipped.');
}

ensureNodeModules();
{
  const { cliBuildIsStale, buildCli } = await import('./build-cli.mjs');
  if (cliBuildIsStale()) {
    log('building the CLI (dist-cli/)…');
    await buildCli();
  }
}
if (forTests) {
  ensureChromium();
  ensureBicep();
  ensurePwsh();
}
