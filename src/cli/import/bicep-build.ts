/**
 * `.bicep` files for `vnet-studio import`: compiled by the real Bicep CLI (`bicep build --stdout`), which
 * resolves local modules relative to the file, then read as the ARM template it prints. The CLI is found
 * the way the project's tests find it: `$BICEP` (when set, only there), else `.tools/bicep/bicep` in the
 * package or a folder above it, else `bicep` on the PATH.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };

/** The Bicep CLI to run, or undefined when there is none. */
export function findBicepCli(): string | undefined {
  const explicit = process.env.BICEP;
  if (explicit !== undefined && explicit !== '') return existsSync(explicit) ? explicit : undefined;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, '.tools', 'bicep', 'bicep');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  try {
    execFileSync('bicep', ['--version'], { env, stdio: 'ignore' });
    return 'bicep';
  } catch {
    return undefined;
  }
}

export type BicepBuild = { ok: true; text: string } | { ok: false; message: string };

export const NO_BICEP_CLI =
  'needs the Bicep CLI to import a .bicep file, and none was found ($BICEP, .tools/bicep/bicep or bicep on the PATH). Install it (https://aka.ms/bicep-install) or import the JSON that "bicep build FILE --stdout" prints.';

/** Compiles one `.bicep` file to ARM JSON; never rejects. */
export function buildBicep(file: string): Promise<BicepBuild> {
  const bicep = findBicepCli();
  if (!bicep) return Promise.resolve({ ok: false, message: `${file} ${NO_BICEP_CLI}` });
  const path = resolve(file);
  return new Promise((done) => {
    execFile(
      bicep,
      ['build', basename(path), '--stdout'],
      { cwd: dirname(path), env, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (!error) return done({ ok: true, text: stdout });
        const diagnostics = stderr
          .split(/\r?\n/)
          .filter((l) => /\) : Error /.test(l))
          .slice(0, 20)
          .join('\n');
        done({
          ok: false,
          message: `${file}: bicep build failed${diagnostics ? `:\n${diagnostics}` : ` (${(stderr || error.message).trim()})`}`,
        });
      },
    );
  });
}
