import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { multiScopeFixture } from '../../domain/export/fixtures/multi-scope';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { allExportFiles } from './export-view';
import { zipFileName, zipFiles } from './zip-files';

describe('zipFiles', () => {
  it('holds every file with its exact text', async () => {
    const files = allExportFiles(whitepaperScenario1());
    const entries = unzipSync(await zipFiles(files));
    expect(Object.keys(entries).sort()).toEqual([
      'white-paper-scenario-1-resources-in-a-paired-region-terraform/network.tf',
      'white-paper-scenario-1-resources-in-a-paired-region-terraform/outputs.tf',
      'white-paper-scenario-1-resources-in-a-paired-region-terraform/policy.tf',
      'white-paper-scenario-1-resources-in-a-paired-region-terraform/providers.tf',
      'white-paper-scenario-1-resources-in-a-paired-region-terraform/variables.tf',
      'white-paper-scenario-1-resources-in-a-paired-region.bicep',
      'white-paper-scenario-1-resources-in-a-paired-region.json',
      'white-paper-scenario-1-resources-in-a-paired-region.ps1',
    ]);
    for (const f of files) expect(strFromU8(entries[f.name] as Uint8Array)).toBe(f.text);
  });

  it('keeps non-ASCII text intact', async () => {
    const entries = unzipSync(await zipFiles([{ name: 'a.bicep', text: '// Zürich – 東京 ✓' }]));
    expect(strFromU8(entries['a.bicep'] as Uint8Array)).toBe('// Zürich – 東京 ✓');
  });

  it('gives the same bytes for the same files', async () => {
    const files = allExportFiles(whitepaperScenario1());
    expect(await zipFiles(files)).toEqual(await zipFiles(files));
  });

  it('refuses two files of the same name', async () => {
    await expect(
      zipFiles([
        { name: 'a.json', text: '1' },
        { name: 'a.json', text: '2' },
      ]),
    ).rejects.toThrow(/Two files are named "a.json"/);
  });

  it('holds the files of every resource group of a multi-scope design, a Terraform folder each', async () => {
    const files = allExportFiles(multiScopeFixture());
    const entries = unzipSync(await zipFiles(files));
    expect(Object.keys(entries).length).toBe(files.length);
    // per resource group: Bicep, ARM, the script, and five Terraform files
    expect(files.length % 8).toBe(0);
    expect(files.length).toBeGreaterThan(8);
    const folders = new Set(files.filter((f) => f.name.includes('/')).map((f) => f.name.split('/')[0]));
    expect(folders.size).toBe(files.length / 8);
  });
});

describe('zipFileName', () => {
  it('is the shared stem of the files', () => {
    expect(zipFileName(allExportFiles(whitepaperScenario1()))).toBe(
      'white-paper-scenario-1-resources-in-a-paired-region.export.zip',
    );
    expect(zipFileName(allExportFiles(multiScopeFixture()))).toBe(
      'policy-hub-and-spokes-in-different-scopes.export.zip',
    );
  });

  it("is named after the design's name, never `design` (a new design's id)", () => {
    const design = { ...whitepaperScenario1(), id: 'design', name: 'Hub and spoke' };
    const files = allExportFiles(design);
    expect(files.map((f) => f.name).filter((n) => !n.includes('/'))).toEqual([
      'hub-and-spoke.bicep',
      'hub-and-spoke.json',
      'hub-and-spoke.ps1',
    ]);
    expect(files.some((f) => f.name.startsWith('hub-and-spoke-terraform/'))).toBe(true);
    expect(zipFileName(files)).toBe('hub-and-spoke.export.zip');
  });

  it('keeps dots inside a design id', () => {
    expect(
      zipFileName([
        { name: 'a.b.bicep', text: '' },
        { name: 'a.b.json', text: '' },
      ]),
    ).toBe('a.b.export.zip');
    expect(zipFileName([])).toBe('export.zip');
  });
});
