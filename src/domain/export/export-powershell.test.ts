/**
 * Every exported post-deployment script parses with PowerShell's own parser without errors, invokes
 * only the commands the exporter writes (no design text can become a command), and carries the design's
 * names back as the exact string values. Skips with a message when no PowerShell is installed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDesign } from './export-design';
import { exportTestDesigns } from './fixtures';
import { adversarialFixture } from './fixtures/adversarial';
import { listExportScopes } from './list-export-scopes';
import { resourceName } from './plan/expr';
import { findPwsh, type ParsedScript, parseScripts } from './test-support/pwsh';
import { exportableText } from './text-safety';

const pwsh = findPwsh();
if (!pwsh) {
  console.warn('SKIPPED: PowerShell not found ($PWSH, .tools/pwsh/pwsh or PATH); script parsing is skipped');
  describe('post-deployment scripts under the PowerShell parser', () => {
    it.skip('PowerShell not found: install it with dotnet tool install PowerShell --tool-path .tools/pwsh', () => {});
  });
}

const ALLOWED_COMMANDS = [
  // The script's own helpers.
  'Install-RequiredModule',
  'Wait-Registered',
  'Register-Provider',
  'Register-Feature',
  // PowerShell, Az, the Azure CLI and the Power Platform modules.
  'Get-Module',
  'Get-Command',
  'Get-InstalledModule',
  'Where-Object',
  'Install-Module',
  'Import-Module',
  'Write-Host',
  'Get-Date',
  'Start-Sleep',
  'Get-Variable',
  'Out-Null',
  'Get-AzContext',
  'Connect-AzAccount',
  'Set-AzContext',
  'Get-AzResourceProvider',
  'Register-AzResourceProvider',
  'Get-AzProviderFeature',
  'Register-AzProviderFeature',
  'az',
  'Add-PowerAppsAccount',
  'Get-AdminPowerAppEnvironment',
  'Set-AdminPowerAppEnvironmentGovernanceConfiguration',
  'Enable-SubnetInjection',
];

describe.runIf(pwsh)('post-deployment scripts under the PowerShell parser', () => {
  let dir = '';
  let parsed: ParsedScript[] = [];
  const scripts: { file: string; text: string }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vnet-studio-pwsh-'));
    for (const d of exportTestDesigns) {
      const design = d.create();
      for (const scope of listExportScopes(design)) {
        const r = exportDesign(design, { target: 'script', scope });
        const file = join(dir, r.fileName);
        writeFileSync(file, r.text);
        scripts.push({ file, text: r.text });
      }
    }
    parsed = await parseScripts(
      pwsh as string,
      dir,
      scripts.map((s) => s.file),
    );
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('parses every script without errors', () => {
    expect(parsed).toHaveLength(scripts.length);
    for (const p of parsed) expect(p.errors, p.file).toEqual([]);
  });

  it('invokes only the commands the exporter writes', () => {
    for (const p of parsed)
      expect(
        // A null name is `& $State`, the helpers invoking their own script blocks.
        p.commands.filter((c) => c !== null && !ALLOWED_COMMANDS.includes(c)),
        p.file,
      ).toEqual([]);
    const adversarial = parsed.find((p) => p.file.endsWith('fixture-adversarial.ps1'));
    // One Enable-SubnetInjection in the loop over the links; both environments are entries of $links.
    expect(adversarial?.commands.filter((c) => c === 'Enable-SubnetInjection')).toHaveLength(1);
  });

  it('reads hostile names back as the exact strings', () => {
    const design = adversarialFixture();
    const strings = parsed.find((p) => p.file.endsWith('fixture-adversarial.ps1'))?.strings ?? [];
    const policy = design.policies[0];
    expect(strings).toContain(resourceName(exportableText(policy?.name ?? '')));
    expect(strings).toContain(design.environments[0]?.environmentId);
    expect(strings).toContain(policy?.resourceGroup);
  });
});
