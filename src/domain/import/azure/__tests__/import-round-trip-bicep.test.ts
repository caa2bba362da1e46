/**
 * Round trip through the real Bicep CLI: every sample exported as Bicep, compiled by `bicep build` (one
 * process for all of them), then imported, gives back what the ARM round trip keeps (names, regions,
 * prefixes, delegations, attachments, peerings with their flags, policies; ids may differ).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDesign } from '../../../export/export-design';
import { type BicepRun, findBicep, runBicep } from '../../../export/test-support/bicep-cli';
import { sampleDesigns } from '../../../samples';
import { importAzureFiles } from '../import-azure-files';
import { project } from './round-trip-projection';

const bicep = findBicep();

describe.runIf(bicep !== undefined || process.env.CI === 'true')(
  'export to Bicep, bicep build, then import',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnet-studio-bicep-round-trip-'));
    let build: BicepRun;
    const scopes = new Map<string, { subscriptionId: string; resourceGroup: string }>();

    beforeAll(async () => {
      mkdirSync(join(dir, 'bicep'));
      for (const sample of sampleDesigns) {
        const design = sample.create();
        const scope = design.policies[0] ?? design.vnets[0];
        if (!scope) continue;
        const { subscriptionId, resourceGroup } = scope;
        scopes.set(sample.key, { subscriptionId, resourceGroup });
        const exported = exportDesign(design, {
          target: 'bicep',
          scope: `${subscriptionId}/${resourceGroup}`,
        });
        writeFileSync(join(dir, 'bicep', `${sample.key}.bicep`), exported.text);
      }
      build = await runBicep(
        bicep as string,
        ['build', '--pattern', 'bicep/*.bicep', '--outdir', 'built'],
        dir,
      );
    }, 300_000);

    for (const sample of sampleDesigns) {
      it(`gives back ${sample.key}`, () => {
        expect(build.code, build.stderr).toBe(0);
        const scope = scopes.get(sample.key);
        if (!scope) return;
        const text = readFileSync(join(dir, 'built', `${sample.key}.json`), 'utf8');
        const imported = importAzureFiles([{ name: `${sample.key}.json`, text }], scope);
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        expect(imported.placeholders).toBe(0);
        const here = (o: { subscriptionId?: string; resourceGroup?: string }) =>
          (o.subscriptionId ?? scope.subscriptionId) === scope.subscriptionId &&
          (o.resourceGroup ?? scope.resourceGroup) === scope.resourceGroup;
        expect(project(imported.design, here)).toEqual(project(sample.create(), here));
      });
    }
  },
);
