import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBicep } from '../../domain/export/test-support/bicep-cli';
import { parseDesignJson } from '../../domain/model/load';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { run, scratch } from '../test-support/run-cli';

const corpus = join(process.cwd(), 'src', 'domain', 'import', '__corpus__');
const restEstate = [
  'VirtualNetworkGetWithSubnetDelegation.json',
  'RouteTableGet.json',
  'NatGatewayGet.json',
].map((f) => join(corpus, 'rest-api-specs', f));

function design(text: string) {
  const r = parseDesignJson(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

const vnet = (name: string, prefixes: string[], subnets: Array<[string, string]>) => ({
  id: `/subscriptions/1111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/${name}`,
  name,
  type: 'Microsoft.Network/virtualNetworks',
  location: 'westeurope',
  resourceGroup: 'rg-net',
  addressSpace: { addressPrefixes: prefixes },
  subnets: subnets.map(([n, p]) => ({ name: n, addressPrefix: p })),
});

describe('vnet-studio import', () => {
  const { dir, file } = scratch('import-verb-');

  it('merges several files into one design on standard output, exit 0', async () => {
    const r = await run(['import', ...restEstate]);
    expect(r.code).toBe(0);
    const d = design(r.out);
    expect(d.vnets.map((v) => v.name)).toEqual(['test-vnet']);
    expect(d.routeTables.map((t) => t.name)).toEqual(['testrt']);
    expect(d.natGateways.map((n) => n.name)).toEqual(['test-natGateway']);
    expect(d.subnets.some((s) => s.delegations.length > 0)).toBe(true);
  });

  it('writes the design to -o, and to standard output with -o -', async () => {
    const out = join(dir, 'out.json');
    const written = await run(['import', restEstate[0] ?? '', '-o', out]);
    expect(written).toMatchObject({ code: 0, out: '' });
    expect(written.err).toContain(`Wrote ${out}.`);
    const dashed = await run(['import', restEstate[0] ?? '', '-o', '-']);
    expect(design(dashed.out)).toStrictEqual(design((await import('node:fs')).readFileSync(out, 'utf8')));
  });

  it('exits 1 with placeholders, warnings on stderr naming file and JSON path, control characters escaped', async () => {
    const template = file('odd.json', {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { 'space\u001b[2J': { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          apiVersion: '2023-09-01',
          name: 'vnet-a',
          location: 'westeurope',
          properties: { addressSpace: { addressPrefixes: ["[parameters('space\u001b[2J')]"] } },
        },
        {
          type: 'Microsoft.Storage/storageAccounts',
          apiVersion: '2023-01-01',
          name: 'st',
          location: 'westeurope',
        },
      ],
    });
    const r = await run(['import', template]);
    expect(r.code).toBe(1);
    expect(design(r.out).vnets[0]?.addressPrefixes[0]).toMatch(/^<unknown: /);
    expect(r.err).toMatch(/^warning: .*odd\.json \$\.parameters/m);
    expect(r.err).toContain('space\\x1b[2J');
    expect(r.err).not.toContain('\u001b');
    expect(r.err).toMatch(
      /^skipped: 1 × Microsoft\.Storage\/storageAccounts.*\n  .*odd\.json \$\.resources\[1\]$/m,
    );
    expect(r.err).toMatch(/could not be known offline/);
  });

  it('applies --parameters to the template', async () => {
    const r = await run([
      'import',
      join(corpus, 'avm', 'virtual-network.json'),
      '--parameters',
      join(corpus, 'avm', 'virtual-network.parameters.json'),
    ]);
    const without = await run(['import', join(corpus, 'avm', 'virtual-network.json')]);
    expect(without.code).toBe(1);
    expect(design(r.out).vnets[0]?.name).not.toMatch(/unknown/);
    expect(design(without.out).vnets[0]?.name).toMatch(/^<unknown: parameters\('name'\)>$/);
  });

  it('exits 2 for a file that is missing, not JSON, not an Azure document, or a design', async () => {
    const notJson = file('not.json', '{ "a": ');
    const other = file('other.json', { name: 'my-app', version: '1.0.0' });
    const aDesign = file('design.json', whitepaperScenario1());
    for (const [input, message] of [
      [join(dir, 'missing.json'), /no such file/],
      [notJson, /not\.json/],
      [other, /is not an ARM template/],
      [aDesign, /is a VNet Studio design: open it/],
    ] as const) {
      const r = await run(['import', restEstate[0] ?? '', input]);
      expect(r.code, input).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
    }
    expect(await run(['import'])).toMatchObject({ code: 2, err: expect.stringMatching(/Name the files/) });
  });

  it('--into refreshes a design: matches update, nothing is duplicated, drift goes to stderr', async () => {
    const before = file('estate-1.json', [
      vnet('vnet-hub', ['10.0.0.0/16'], [['GatewaySubnet', '10.0.0.0/27']]),
    ]);
    const first = await run(['import', before, '-o', join(dir, 'designed.json')]);
    expect(first.code).toBe(0);
    const after = file('estate-2.json', [
      vnet('vnet-hub', ['10.0.0.0/16', '10.1.0.0/16'], [['GatewaySubnet', '10.0.0.0/27']]),
      vnet('vnet-spoke', ['10.20.0.0/16'], [['snet-pp', '10.20.1.0/24']]),
    ]);
    const r = await run(['import', after, '--into', join(dir, 'designed.json')]);
    expect(r.code).toBe(0);
    const d = design(r.out);
    expect(d.vnets.map((v) => v.name)).toEqual(['vnet-hub', 'vnet-spoke']);
    expect(d.subnets).toHaveLength(2);
    expect(r.err).toMatch(
      /^drift: changed vnets vnet-hub \(addressPrefixes: 10\.0\.0\.0\/16 → 10\.0\.0\.0\/16, 10\.1\.0\.0\/16\)$/m,
    );
    expect(r.err).toMatch(/^drift: added vnets vnet-spoke$/m);
    expect(r.err).toMatch(/2 matched, 2 added, 1 changed, 0 no longer in the estate/);
  });

  it('says a .bicep file needs the Bicep CLI when there is none, exit 2', async () => {
    const bicep = file('main.bicep', "param location string = 'westeurope'\n");
    const saved = process.env.BICEP;
    process.env.BICEP = join(dir, 'no-such-bicep');
    try {
      const r = await run(['import', bicep]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/needs the Bicep CLI to import a \.bicep file, and none was found/);
      expect(r.err).toMatch(/bicep build FILE --stdout/);
    } finally {
      if (saved === undefined) delete process.env.BICEP;
      else process.env.BICEP = saved;
    }
  });

  const bicepCli = findBicep();
  it.runIf(bicepCli !== undefined || process.env.CI === 'true')(
    'imports a .bicep file with a local module through the real Bicep CLI',
    async () => {
      const main = file(
        'main.bicep',
        `param location string = 'westeurope'
resource hub 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-hub'
  location: location
  properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
}
module spoke 'modules/spoke.bicep' = {
  name: 'spoke'
  params: { location: location, addressPrefixes: ['10.40.0.0/16'] }
}
`,
      );
      (await import('node:fs')).mkdirSync(join(dir, 'modules'), { recursive: true });
      writeFileSync(
        join(dir, 'modules', 'spoke.bicep'),
        `param location string
param addressPrefixes array
resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-spoke'
  location: location
  properties: {
    addressSpace: { addressPrefixes: addressPrefixes }
    subnets: [
      {
        name: 'snet-pp'
        properties: {
          addressPrefix: cidrSubnet(addressPrefixes[0], 24, 1)
          delegations: [{ name: 'pp', properties: { serviceName: 'Microsoft.PowerPlatform/enterprisePolicies' } }]
        }
      }
    ]
  }
}
`,
      );
      const r = await run(['import', main]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const d = design(r.out);
      expect(d.vnets.map((v) => [v.name, v.region, v.addressPrefixes])).toEqual([
        ['vnet-hub', 'westeurope', ['10.0.0.0/16']],
        ['vnet-spoke', 'westeurope', ['10.40.0.0/16']],
      ]);
      expect(d.subnets.map((s) => [s.name, s.prefix, s.delegations])).toEqual([
        ['snet-pp', '10.40.1.0/24', ['Microsoft.PowerPlatform/enterprisePolicies']],
      ]);
    },
    120_000,
  );
  if (bicepCli === undefined && process.env.CI !== 'true')
    it('SKIPPED: Bicep CLI not found ($BICEP, .tools/bicep/bicep or PATH); run scripts/install-bicep.sh', () => {});
});
