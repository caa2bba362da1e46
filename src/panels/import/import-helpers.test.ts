import { describe, expect, it } from 'vitest';
import { buildNodes } from '../../canvas/flow-adapter';
import { importAzureFiles } from '../../domain/import/azure/import-azure-files';
import { MAX_IMPORT_TEXT } from '../../domain/import/azure/read-json';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { type ImportProgress, refuseFiles, runImportJob } from './import-job';
import { highlightIds, previewImport } from './import-preview';
import { isImportDrop } from './import-request';
import { IMPORT_GAP } from './place-imported';

const rg = '/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks';
const azList = (hub: string[]) =>
  JSON.stringify([
    {
      id: `${rg}/vnet-hub`,
      name: 'vnet-hub',
      type: 'Microsoft.Network/virtualNetworks',
      location: 'westeurope',
      resourceGroup: 'rg-net',
      addressSpace: { addressPrefixes: hub },
      subnets: [{ name: 'GatewaySubnet', addressPrefix: '10.50.0.0/27' }],
    },
    {
      id: `${rg}/vnet-spoke`,
      name: 'vnet-spoke',
      type: 'Microsoft.Network/virtualNetworks',
      location: 'westeurope',
      resourceGroup: 'rg-net',
      addressSpace: { addressPrefixes: ['10.60.0.0/16'] },
    },
  ]);

function imported(text: string) {
  const r = importAzureFiles([{ name: 'vnets.json', text }]);
  if (!r.ok) throw new Error('import failed');
  return r;
}

describe('the Import dialog helpers', () => {
  it('previews per kind what is added, and places the import to the right of the design, overlapping nothing', () => {
    const design = whitepaperScenario1();
    const preview = previewImport(design, imported(azList(['10.50.0.0/16'])));
    expect(preview.rows.map((r) => [r.label, r.add, r.update])).toEqual([
      ['Virtual network', 2, 0],
      ['Subnet', 1, 0],
    ]);
    const boxes = (ids: Set<string>) =>
      buildNodes(preview.merged, new Set())
        .filter((n) => !n.parentId && ids.has(n.id) === true)
        .map((n) => ({ x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 }));
    const added = boxes(new Set(preview.added));
    const before = boxes(new Set(buildNodes(design, new Set()).map((n) => n.id)));
    expect(added).toHaveLength(2);
    const right = Math.max(...before.map((b) => b.x + b.w));
    for (const a of added) expect(a.x).toBeGreaterThanOrEqual(right + IMPORT_GAP);
    // what was drawn before stays where it was
    const positions = (d: typeof design) =>
      Object.fromEntries(
        buildNodes(d, new Set())
          .filter((n) => !n.parentId)
          .map((n) => [n.id, n.position]),
      );
    const was = positions(design);
    const now = positions(preview.merged);
    for (const id of Object.keys(was)) expect(now[id]).toEqual(was[id]);
  });

  it('lists drift on a refresh and highlights the changed objects', () => {
    const first = previewImport(whitepaperScenario1(), imported(azList(['10.50.0.0/16']))).merged;
    const again = previewImport(first, imported(azList(['10.50.0.0/16', '10.51.0.0/16'])));
    expect(again.added).toEqual([]);
    expect(again.drift.map((d) => `${d.change} ${d.name}`)).toEqual(['changed vnet-hub']);
    const hub = again.merged.vnets.find((v) => v.name === 'vnet-hub');
    expect(highlightIds(again)).toEqual([hub?.id]);
    expect(again.merged.layout).toEqual(first.layout);
  });

  it('refuses Bicep files (with the command that makes the JSON) and files over the size limit', () => {
    const refused = refuseFiles([
      { name: 'main.bicep', size: 10 },
      { name: 'big.json', size: MAX_IMPORT_TEXT + 1 },
      { name: 'ok.json', size: MAX_IMPORT_TEXT },
    ]);
    expect(refused.map((r) => r.file)).toEqual(['main.bicep', 'big.json']);
    expect(refused[0]?.message).toContain('bicep build main.bicep --stdout > main.json');
    expect(refused[1]?.message).toMatch(/big\.json is 20\.0 MB; an imported file is at most 20\.0 MB/);
  });

  it('reads files with byte progress, then imports them', async () => {
    const text = azList(['10.50.0.0/16']);
    const seen: ImportProgress[] = [];
    const result = await runImportJob([{ name: 'vnets.json', blob: new Blob([text]) }], (p) => seen.push(p));
    expect(result.ok && result.design.vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke']);
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.at(-1)).toMatchObject({
      loaded: new TextEncoder().encode(text).length,
      total: text.length,
    });
    expect(seen.at(-1)).toEqual({ phase: 'importing' });
  });

  it('sends Azure files, Bicep and several files to the Import dialog, and a design to "open"', async () => {
    const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    expect(await isImportDrop([file('vnets.json', azList([]))])).toBe(true);
    expect(await isImportDrop([file('main.bicep', 'param x string')])).toBe(true);
    expect(await isImportDrop([file('a.json', '{}'), file('b.json', '{}')])).toBe(true);
    expect(await isImportDrop([file('design.json', JSON.stringify(whitepaperScenario1()))])).toBe(false);
    expect(await isImportDrop([file('link.txt', 'https://example.com/#d1.abc')])).toBe(false);
    expect(await isImportDrop([])).toBe(false);
  });
});
