import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../domain/model/schema';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { runExportJob } from './export-job';

describe('runExportJob', () => {
  it('answers a view job with the view, under the job id', async () => {
    const result = await runExportJob({
      id: 7,
      kind: 'view',
      design: whitepaperScenario1(),
      request: { tab: 'script', contents: 'design', selection: [] },
    });
    expect(result.id).toBe(7);
    if (result.kind !== 'view') throw new Error(`unexpected ${result.kind}`);
    expect(result.view.fileName).toBe('white-paper-scenario-1-resources-in-a-paired-region.ps1');
    expect(result.view.text).toContain('Enable-SubnetInjection');
  });

  it('answers a zip job with the archive of the selection', async () => {
    const result = await runExportJob({
      id: 8,
      kind: 'zip',
      design: whitepaperScenario1(),
      selection: ['vnet2'],
    });
    if (result.kind !== 'zip') throw new Error(`unexpected ${result.kind}`);
    expect(result).toMatchObject({
      id: 8,
      name: 'white-paper-scenario-1-resources-in-a-paired-region.export.zip',
      count: 8,
    });
    const bicep = strFromU8(
      unzipSync(result.bytes)['white-paper-scenario-1-resources-in-a-paired-region.bicep'] as Uint8Array,
    );
    expect(bicep).toContain('vnet2-eastus');
    expect(bicep).not.toContain('vnet1-westus');
    const network = unzipSync(result.bytes)[
      'white-paper-scenario-1-resources-in-a-paired-region-terraform/network.tf'
    ] as Uint8Array;
    expect(strFromU8(network)).toContain('"${var.name_prefix}vnet2-eastus"');
  });

  it('turns a failure into an error result instead of throwing', async () => {
    const result = await runExportJob({ id: 9, kind: 'zip', design: {} as Design, selection: undefined });
    expect(result).toMatchObject({ id: 9, kind: 'error' });
    if (result.kind === 'error') expect(result.message.length).toBeGreaterThan(0);
  });
});
