/**
 * Parses PowerShell scripts with PowerShell's own parser (no script is run): $PWSH, else
 * .tools/pwsh/pwsh (`dotnet tool install PowerShell --tool-path .tools/pwsh`), else `pwsh` on PATH.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', POWERSHELL_TELEMETRY_OPTOUT: '1' };

export function findPwsh(): string | undefined {
  for (const c of [process.env.PWSH, join(root, '.tools', 'pwsh', 'pwsh')]) if (c && existsSync(c)) return c;
  try {
    execFileSync('pwsh', ['-v'], { env, stdio: 'ignore' });
    return 'pwsh';
  } catch {
    return undefined;
  }
}

/** What the parser saw in one script. */
export interface ParsedScript {
  file: string;
  errors: string[];
  /** Names of every command invoked. */
  commands: Array<string | null>;
  /** Values of every single-quoted string. */
  strings: string[];
}

const ANALYZE = `
$out = foreach ($f in $args) {
  $tokens = $null; $errors = $null
  $ast = [System.Management.Automation.Language.Parser]::ParseFile($f, [ref] $tokens, [ref] $errors)
  $commands = $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() }
  $strings = $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.StringConstantExpressionAst] -and $args[0].StringConstantType -eq 'SingleQuoted' }, $true) | ForEach-Object { $_.Value }
  [pscustomobject]@{ file = $f; errors = @($errors | ForEach-Object { "$($_.Extent.StartLineNumber): $($_.Message)" }); commands = @($commands); strings = @($strings) }
}
ConvertTo-Json -InputObject @($out) -Depth 4 -Compress
`;

/** Parses every file in one PowerShell process. */
export function parseScripts(pwsh: string, dir: string, files: string[]): Promise<ParsedScript[]> {
  const analyzer = join(dir, 'analyze.ps1');
  writeFileSync(analyzer, ANALYZE);
  return new Promise((resolve, reject) => {
    execFile(
      pwsh,
      ['-NoProfile', '-NonInteractive', '-File', analyzer, ...files],
      { env, cwd: dir, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as ParsedScript[]);
      },
    );
  });
}
