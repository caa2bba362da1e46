import { describe, expect, it } from 'vitest';
import { createBaseDesign } from '../../testing/base-design';
import { variant } from '../../testing/rule-fixture';
import { exportDesign } from '../export-design';
import { usGovernmentFixture } from '../fixtures/us-government';

const script = (design = createBaseDesign()) => exportDesign(design, { target: 'script', findings: [] }).text;

describe('the post-deployment script', () => {
  it('signs in to the public cloud and links through the prod endpoint for a public geography', () => {
    const text = script();
    expect(text).toContain("$azureEnvironment = 'AzureCloud'");
    expect(text).toContain("$powerPlatformEndpoint = 'prod'");
    expect(text).toContain("az cloud set --name 'AzureCloud'");
    expect(text).not.toContain("ContainsKey('AzureEnvironment')");
  });

  it('follows a US Government policy: AzureUSGovernment, az cloud set, -Endpoint usgovhigh', () => {
    const text = script(usGovernmentFixture());
    expect(text).toContain("$azureEnvironment = 'AzureUSGovernment'");
    expect(text).toContain("$powerPlatformEndpoint = 'usgovhigh'");
    expect(text).toContain("az cloud set --name 'AzureUSGovernment'");
    expect(text).toContain('Connect-AzAccount -Environment $azureEnvironment');
    expect(text).toMatch(/Enable-SubnetInjection needs -AzureEnvironment/);
  });

  it('uses the dod endpoint for a DoD policy', () => {
    const design = variant((d) => {
      d.policies[0]!.location = 'usdod';
    });
    expect(script(design)).toContain("$powerPlatformEndpoint = 'dod'");
  });

  it('requires the module release with the UAE location match for a uae policy', () => {
    const design = variant((d) => {
      d.policies[0]!.location = 'uae';
    });
    expect(script(design)).toContain(
      "Install-RequiredModule -Name 'Microsoft.PowerPlatform.EnterprisePolicies' -Minimum '0.10.1' -PublishedSince ([datetime] '2026-06-23')",
    );
    expect(script()).not.toContain('-PublishedSince ([datetime]');
  });

  it('installs every module without prompting and waits for registrations with a timeout', () => {
    const text = script();
    expect(text).toContain("@('Az.Accounts', '5.3.0')");
    expect(text).toContain('Force = $true; AllowClobber = $true');
    expect(text).toContain('[int] $RegistrationTimeoutSeconds = 900');
    expect(text).toMatch(/is still '\$current' after \$RegistrationTimeoutSeconds seconds/);
  });

  it('relinks only behind -Swap, turns on Managed Environments only behind its switch, and prints the unlink command', () => {
    const text = script();
    expect(text).toContain('[switch] $Swap');
    expect(text).toContain('if ($link.Current -and -not $Swap) {');
    expect(text).toContain('if ($link.Current) { $enable.Swap = $true }');
    expect(text).toContain('[switch] $EnableManagedEnvironments');
    expect(text).toMatch(
      /if \(-not \$EnableManagedEnvironments\) \{\n\s+throw "Environment \$\(\$link.Name\) is not a Managed Environment/,
    );
    expect(text).toContain(
      '$unlink = "Disable-SubnetInjection -EnvironmentId $($link.EnvironmentId) -Endpoint $powerPlatformEndpoint"',
    );
  });

  it('is idempotent: every step checks first, and a run that changes nothing says so', () => {
    const text = script();
    expect(text).toContain("if ((& $state) -eq 'Registered') { return }");
    expect(text).toContain('is already linked to $($link.PolicyArmId): nothing to do.');
    expect(text).toContain("Write-Host 'Nothing changed: everything was already in place.'");
  });

  it('notes an environment the design marks as not managed', () => {
    expect(script(usGovernmentFixture())).toContain(
      '# The design marks "Contoso Gov Dev" as not a Managed Environment: run with -EnableManagedEnvironments, or turn it on first.',
    );
  });
});
