/**
 * The friendlier format: optional flags and lists read as false / [] (a hand-written file may leave them
 * out), required fields that are absent say `missing field "…"`, and every existing file loads unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDesign } from '../rules/validate';
import { designJsonSchema } from './json-schema';
import { describeLoadErrors, parseDesignJson } from './load';
import { migrateDesign } from './migrations';
import { DESIGN_VERSION } from './schema';

const handWritten = {
  format: 'vnet-studio/design',
  version: 1,
  id: 'hand',
  name: 'Hand-written',
  environments: [
    { id: 'env', name: 'Prod', type: 'Production', geography: 'unitedstates', policyIds: ['pol'] },
  ],
  policies: [
    {
      id: 'pol',
      name: 'ep',
      location: 'unitedstates',
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      resourceGroup: 'rg',
      subnetIds: ['s-e', 's-w'],
    },
  ],
  vnets: [
    {
      id: 've',
      name: 'vnet-e',
      region: 'eastus',
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      resourceGroup: 'rg',
      addressPrefixes: ['10.0.0.0/16'],
    },
    {
      id: 'vw',
      name: 'vnet-w',
      region: 'westus',
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      resourceGroup: 'rg',
      addressPrefixes: ['10.1.0.0/16'],
    },
  ],
  subnets: [
    {
      id: 's-e',
      vnetId: 've',
      name: 'snet-pp',
      prefix: '10.0.0.0/24',
      delegations: ['Microsoft.PowerPlatform/enterprisePolicies'],
    },
    {
      id: 's-w',
      vnetId: 'vw',
      name: 'snet-pp',
      prefix: '10.1.0.0/24',
      delegations: ['Microsoft.PowerPlatform/enterprisePolicies'],
    },
  ],
  peerings: [{ id: 'p', vnetAId: 've', vnetBId: 'vw', aToB: {}, bToA: { allowForwardedTraffic: true } }],
};

describe('optional flags and lists', () => {
  it('loads a design that leaves them out, filling false, [] and {} (true for allowVirtualNetworkAccess)', () => {
    const r = parseDesignJson(JSON.stringify(handWritten));
    if (!r.ok) throw new Error(describeLoadErrors(r.errors));
    const env = r.design.environments[0];
    expect([env?.managed, env?.earlyRelease, env?.callsInternet, env?.resourceIds]).toEqual([
      false,
      false,
      false,
      [],
    ]);
    expect(r.design.vnets[0]?.dnsServers).toEqual([]);
    expect(r.design.subnets[0]?.occupants).toEqual([]);
    expect([r.design.natGateways, r.design.nsgs, r.design.routeTables, r.design.resources]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(r.design.layout).toEqual({});
    expect(r.design.peerings[0]?.aToB).toEqual({
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: false,
      allowGatewayTransit: false,
      useRemoteGateways: false,
    });
    expect(r.design.peerings[0]?.bToA?.allowForwardedTraffic).toBe(true);
    // the filled-in values are real: the rules read them (ENV002: not a Managed Environment)
    expect(validateDesign(r.design).map((f) => f.ruleId)).toContain('ENV002');
    // no two objects share a default list
    expect(r.design.environments[0]?.resourceIds).not.toBe(r.design.vnets[0]?.dnsServers);
  });

  it('writes every field out again: a loaded design serialises explicitly and reloads to itself', () => {
    const r = parseDesignJson(JSON.stringify(handWritten));
    if (!r.ok) throw new Error('load failed');
    const text = JSON.stringify(r.design);
    expect(JSON.parse(text).environments[0]).toHaveProperty('managed', false);
    expect(JSON.parse(text).subnets[0]).toHaveProperty('occupants', []);
    expect(parseDesignJson(text)).toEqual({ ok: true, design: r.design });
  });

  it('shows the defaults in the JSON Schema and does not require those fields', () => {
    const schema = designJsonSchema() as {
      required: string[];
      properties: Record<
        string,
        {
          default?: unknown;
          items?: { required?: string[]; properties: Record<string, { default?: unknown }> };
        }
      >;
    };
    expect(schema.required).toEqual(['format', 'version', 'id', 'name']);
    expect(schema.properties.subnets?.default).toEqual([]);
    const env = schema.properties.environments?.items;
    expect(env?.properties.managed?.default).toBe(false);
    expect(env?.properties.resourceIds?.default).toEqual([]);
    expect(env?.required).not.toContain('managed');
    expect(env?.required).toContain('name');
  });
});

describe('missing required fields', () => {
  it.each([
    ['a design name', { ...handWritten, name: undefined }, '$.name: missing field "name"'],
    [
      'a VNet resource group',
      {
        ...handWritten,
        vnets: [{ ...handWritten.vnets[0], resourceGroup: undefined }, handWritten.vnets[1]],
      },
      '$.vnets[0].resourceGroup: missing field "resourceGroup"',
    ],
    [
      "a subnet's prefix",
      { ...handWritten, subnets: [handWritten.subnets[0], { ...handWritten.subnets[1], prefix: undefined }] },
      '$.subnets[1].prefix: missing field "prefix"',
    ],
  ])('names %s by its JSON path', (_label, doc, message) => {
    const r = parseDesignJson(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeLoadErrors(r.errors)).toBe(message);
  });

  it('keeps the type message for a field that is there but of the wrong type', () => {
    const r = parseDesignJson(JSON.stringify({ ...handWritten, name: 5 }));
    expect(!r.ok && describeLoadErrors(r.errors)).toMatch(
      /^\$\.name: Invalid input: expected string, received number$/,
    );
  });
});

describe('existing files', () => {
  const files = [
    ...readdirSync('examples').map((f) => join('examples', f)),
    ...readdirSync('src/domain/share/fixtures/pinned-v1').map((f) =>
      join('src/domain/share/fixtures/pinned-v1', f),
    ),
  ].filter((f) => f.endsWith('.json'));

  it.each(files)('%s loads unchanged', (file) => {
    const text = readFileSync(file, 'utf8');
    const r = parseDesignJson(text);
    if (!r.ok) throw new Error(describeLoadErrors(r.errors));
    // Older files come up to the current format version through the migrations (collections added since
    // read as empty), and nothing else changes.
    const migrated = migrateDesign(JSON.parse(text));
    if (!migrated.ok) throw new Error(migrated.message);
    expect(r.design).toEqual({ firewalls: [], gateways: [], bastions: [], ...migrated.value });
    expect(r.design.version).toBe(DESIGN_VERSION);
  });
});
