import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Microsoft's SARIF Multitool (npm `@microsoft/sarif-multitool`, a self-contained .NET program), the
 * reference validator of SARIF logs: schema and the specification's rules. Undefined where it is not
 * installed for this platform.
 */
export function findSarifMultitool(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export interface SarifValidation {
  status: number | null;
  /** Every error and warning the Multitool reports, as `SARIFnnnn: message`. */
  problems: string[];
  output: string;
}

/** Runs `Sarif.Multitool validate` on a log and reads its own SARIF verdict. */
export function validateSarif(tool: string, file: string): SarifValidation {
  const verdict = `${file}.validation.sarif`;
  const r = spawnSync(tool, ['validate', file, '--output', verdict, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 120_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (!existsSync(verdict)) return { status: r.status, problems: [`no verdict written: ${output}`], output };
  const log = JSON.parse(readFileSync(verdict, 'utf8').replace(/^\uFEFF/, '')) as {
    runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string } }> }>;
  };
  const problems = (log.runs[0]?.results ?? [])
    .filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined)
    .map((x) => `${x.ruleId}: ${x.message.text ?? ''}`);
  return { status: r.status, problems, output };
}
