/**
 * Names that differ but read as one identifier once `bicep decompile` turns them into symbols. Without
 * template variables the real decompiler fails on such a template ("Unable to pick unique name for
 * resource"); with them it decompiles and the result builds. The full Bicep CLI suite covers this
 * fixture too; this file checks it alone, quickly.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDesign } from './export-design';
import { nameClashesFixture } from './fixtures/name-clashes';
import { evaluateArmString } from './test-support/arm-name';
import { diagnostics, findBicep, runBicep } from './test-support/bicep-cli';

type Template = { resources: { type: string; name: string }[]; variables?: Record<string, string> };
const template = () =>
  JSON.parse(exportDesign(nameClashesFixture(), { target: 'arm', findings: [] }).text) as Template;

describe('names that read alike to the decompiler', () => {
  it('go through template variables and still evaluate to the names of the design', () => {
    const t = template();
    const nsgs = t.resources.filter((r) => r.type === 'Microsoft.Network/networkSecurityGroups');
    expect(nsgs.map((r) => r.name).every((n) => n.includes("variables('resourceName"))).toBe(true);
    expect(nsgs.map((r) => evaluateArmString(r.name, { namePrefix: '' }, t.variables ?? {})).sort()).toEqual(
      ['NET-PROD', 'net(prod)', 'net-prod', 'net.prod', 'net_prod'].sort(),
    );
  });

  it('leave names that read differently as literals', () => {
    const t = JSON.parse(
      exportDesign(
        {
          ...nameClashesFixture(),
          nsgs: nameClashesFixture().nsgs.map((n, i) => ({ ...n, name: `nsg-${i}` })),
        },
        { target: 'arm', findings: [] },
      ).text,
    ) as Template;
    const nsgs = t.resources.filter((r) => r.type === 'Microsoft.Network/networkSecurityGroups');
    expect(nsgs.some((r) => r.name.includes('variables('))).toBe(false);
  });

  const bicep = findBicep();
  it.runIf(bicep)(
    'decompile with the real Bicep CLI, and the result builds',
    { timeout: 600_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vnet-studio-clash-'));
      try {
        writeFileSync(join(dir, 'clash.json'), JSON.stringify(template()));
        const decompiled = await runBicep(
          bicep as string,
          ['decompile', 'clash.json', '--outfile', 'clash.bicep'],
          dir,
        );
        expect(decompiled.stderr).not.toMatch(/Decompilation failed/);
        expect(decompiled.code).toBe(0);
        const built = await runBicep(bicep as string, ['build', 'clash.bicep', '--stdout'], dir);
        expect(diagnostics(built.stdout + built.stderr, 'Error')).toEqual([]);
        expect(built.code).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
