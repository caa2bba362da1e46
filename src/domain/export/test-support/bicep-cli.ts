/**
 * Finds and runs the real Bicep CLI for the export tests: $BICEP, else .tools/bicep/bicep, else `bicep`
 * on PATH. Without one the tests skip with a visible message, except in CI (CI=true) where they fail.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };

/** The Bicep CLI path, or undefined when there is none. */
export function findBicep(): string | undefined {
  const candidates = [process.env.BICEP, join(root, '.tools', 'bicep', 'bicep')].filter(
    (c): c is string => !!c,
  );
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    execFileSync('bicep', ['--version'], { env, stdio: 'ignore' });
    return 'bicep';
  } catch {
    return undefined;
  }
}

export interface BicepRun {
  code: number;
  stdout: string;
  stderr: string;
}

let processes = 0;

/** How many Bicep processes {@link runBicep} has started in this test file's process. */
export function bicepProcessCount(): number {
  return processes;
}

/** Runs the CLI (never rejects: the exit code and output are returned). */
export function runBicep(bicep: string, args: string[], cwd: string): Promise<BicepRun> {
  processes++;
  return new Promise((resolve) => {
    execFile(bicep, args, { cwd, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Diagnostics lines (`file(line,col) : Error|Warning code: message`) of a build or lint run. */
export function diagnostics(output: string, level: 'Error' | 'Warning'): string[] {
  return output.split(/\r?\n/).filter((l) => new RegExp(`\\) : ${level} `).test(l));
}
