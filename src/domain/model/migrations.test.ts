/**
 * The design migrations, tested the way tldraw tests its schema migrations: every step runs on a
 * committed document of its "from" version, and every version-1 document the project keeps (samples,
 * fixtures, pinned share links) opens to the same meaning — the same findings — as recorded.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenUpdateRequested } from '../../testing/golden-mode';
import type { Finding } from '../rules/types';
import { validateDesign } from '../rules/validate';
import { sampleDesigns } from '../samples';
import { pinnedLinksV1 } from '../share/fixtures/pinned-links-v1';
import { pinnedLinksV2 } from '../share/fixtures/pinned-links-v2';
import { decodeShareLink } from '../share/share-link';
import { parseDesign } from './load';
import { migrateDesign, migrations } from './migrations';
import { DESIGN_VERSION, type Design } from './schema';

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, '__migrations__');
const fixtureOf = (version: number) => join(fixtureDir, `format-v${version}.json`);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/**
 * What a design means to the studio: its findings, by rule, object and message. NET013's checks of the hub
 * objects themselves (their special subnet, SKU, address) are new in format version 3 and are left out:
 * older documents never placed a gateway or firewall in a subnet, so these checks add findings about
 * what the old format could not say, and change none that it could (see `newHubChecks`).
 */
const meaning = (design: Design) =>
  validateDesign(design)
    .filter((f) => !isHubObjectCheck(design, f))
    .map((f) => `${f.severity} ${f.ruleId} [${f.objectIds.join(', ')}] ${f.message}`);

function isHubObjectCheck(design: Design, f: Finding): boolean {
  const hubIds = new Set([...design.firewalls, ...design.gateways, ...design.bastions].map((o) => o.id));
  return f.ruleId === 'NET013' && hubIds.has(f.objectIds[0] ?? '');
}

describe('design migrations', () => {
  it('form one named, append-only chain from version 1 to the current version', () => {
    expect(migrations.map((m) => m.from)).toEqual(
      Array.from({ length: DESIGN_VERSION - 1 }, (_, i) => i + 1),
    );
    const names = migrations.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(Array.from({ length: DESIGN_VERSION }, (_, i) => i + 1))(
    'has a committed document of version %i that opens',
    (version) => {
      expect(existsSync(fixtureOf(version)), fixtureOf(version)).toBe(true);
      const doc = readJson(fixtureOf(version));
      expect(doc.version).toBe(version);
      const opened = parseDesign(doc);
      expect(opened.ok ? [] : opened.errors).toEqual([]);
    },
  );

  it('runs every step on the document of its "from" version, giving a document its next version opens', () => {
    for (const step of migrations) {
      const doc = readJson(fixtureOf(step.from));
      const up = step.up(structuredClone(doc));
      const next = migrateDesign({ ...up, version: step.from + 1 });
      expect(next.ok, step.name).toBe(true);
      const opened = parseDesign({ ...up, version: step.from + 1 });
      expect(opened.ok ? [] : opened.errors, step.name).toEqual([]);
    }
    // The chain refuses a version it has no step from, with a message instead of a crash.
    expect(migrateDesign({ version: 0 })).toMatchObject({ ok: false });
  });
});

/** Every version-1 document the project keeps, by name. */
async function versionOneDocuments(): Promise<Array<[string, Record<string, unknown>]>> {
  const docs: Array<[string, Record<string, unknown>]> = [['fixture format-v1', readJson(fixtureOf(1))]];
  for (const sample of sampleDesigns) docs.push([`sample ${sample.key}`, { ...sample.create(), version: 1 }]);
  // Link versions 1 and 2 both carry documents of format version 1.
  for (const pinned of [...pinnedLinksV1, ...pinnedLinksV2]) {
    docs.push([`pinned design ${pinned.title}`, pinned.design as unknown as Record<string, unknown>]);
    const link = await decodeShareLink(`https://vnet-studio.example/#${pinned.link}`);
    if (!link.ok) throw new Error(`pinned link ${pinned.title} no longer opens`);
    docs.push([`pinned link ${pinned.title}`, link.design as unknown as Record<string, unknown>]);
  }
  return docs;
}

describe('version-1 documents keep their meaning', () => {
  const golden = join(fixtureDir, 'v1-findings.json');

  it('open with the findings recorded for them', async () => {
    const actual: Record<string, string[]> = {};
    for (const [name, doc] of await versionOneDocuments()) {
      const opened = parseDesign(doc);
      if (!opened.ok) throw new Error(`${name} no longer opens: ${JSON.stringify(opened.errors)}`);
      actual[name] = meaning(opened.design);
    }
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (goldenUpdateRequested()) writeFileSync(golden, text);
    expect(existsSync(golden), `${golden} (write it with UPDATE_GOLDEN=1)`).toBe(true);
    expect(JSON.parse(text)).toEqual(readJson(golden));
    // The record is not vacuous: the hub documents carry findings of their own.
    expect(Object.values(actual).some((f) => f.length > 0)).toBe(true);
  });
});

/** Every version-2 document the project keeps, by name: the fixture and each sample as a version-2 file. */
function versionTwoDocuments(): Array<[string, Record<string, unknown>]> {
  const docs: Array<[string, Record<string, unknown>]> = [['fixture format-v2', readJson(fixtureOf(2))]];
  for (const sample of sampleDesigns) docs.push([`sample ${sample.key}`, { ...sample.create(), version: 2 }]);
  // Variants whose findings hang on the hub's gateway and firewall fields.
  const hubVariant = (change: (hub: Record<string, unknown>) => void) => {
    const doc = readJson(fixtureOf(2));
    const hub = (doc.vnets as Array<Record<string, unknown>>).find((v) => v.id === 'vnet-hub');
    if (hub) change(hub);
    return doc;
  };
  docs.push([
    'fixture format-v2 without its gateway',
    hubVariant((hub) => {
      delete hub.gateway;
    }),
  ]);
  docs.push([
    'fixture format-v2 with an NVA at another address',
    hubVariant((hub) => {
      hub.firewall = { kind: 'NVA', privateIp: '10.0.1.9' };
    }),
  ]);
  docs.push([
    'fixture format-v2 without its firewall',
    hubVariant((hub) => {
      delete hub.firewall;
    }),
  ]);
  return docs;
}

describe('older documents under the new hub-object checks', () => {
  it('gain only NET013 findings about a migrated gateway or firewall lacking its special subnet', async () => {
    const extra: string[] = [];
    for (const [name, doc] of [...(await versionOneDocuments()), ...versionTwoDocuments()]) {
      const opened = parseDesign(doc);
      if (!opened.ok) throw new Error(name);
      for (const f of validateDesign(opened.design).filter((x) => isHubObjectCheck(opened.design, x)))
        extra.push(f.message);
    }
    // The pinned document with every optional field has a gateway and a firewall in VNets with no special
    // subnets, which format version 2 could not check.
    expect(extra.length).toBeGreaterThan(0);
    for (const message of extra) expect(message).toMatch(/which has no (GatewaySubnet|AzureFirewallSubnet):/);
  });
});

describe('version-2 documents keep their meaning', () => {
  // Recorded with the studio of design format version 2, before the hub objects.
  const golden = join(fixtureDir, 'v2-findings.json');

  it('open with the findings recorded for them', () => {
    const actual: Record<string, string[]> = {};
    for (const [name, doc] of versionTwoDocuments()) {
      const opened = parseDesign(doc);
      if (!opened.ok) throw new Error(`${name} no longer opens: ${JSON.stringify(opened.errors)}`);
      actual[name] = meaning(opened.design);
    }
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (goldenUpdateRequested()) writeFileSync(golden, text);
    expect(existsSync(golden), `${golden} (write it with UPDATE_GOLDEN=1)`).toBe(true);
    expect(JSON.parse(text)).toEqual(readJson(golden));
    expect(Object.values(actual).some((f) => f.length > 0)).toBe(true);
  });
});

describe('the vnet-hub-objects migration (version 2 to 3)', () => {
  const step = migrations.find((m) => m.name === 'vnet-hub-objects');
  const v2 = (vnets: unknown[], extra: Record<string, unknown> = {}) => ({
    format: 'vnet-studio/design',
    version: 2,
    id: 'd',
    name: 'd',
    vnets,
    ...extra,
  });
  const vnet = (id: string, fields: Record<string, unknown>) => ({
    id,
    name: `${id}-name`,
    region: 'eastus',
    subscriptionId: 's',
    resourceGroup: 'rg',
    addressPrefixes: ['10.0.0.0/16'],
    dnsServers: [],
    ...fields,
  });

  it("turns a VNet's firewall and gateway fields into objects and removes the fields", () => {
    const up = step?.up(
      v2([
        vnet('hub', { firewall: { kind: 'AzureFirewall', privateIp: '10.0.1.4' }, gateway: 'ExpressRoute' }),
        vnet('edge', { firewall: { kind: 'NVA', privateIp: '10.1.0.10' }, gateway: 'Vpn' }),
        vnet('plain', {}),
      ]),
    );
    expect(up?.firewalls).toEqual([
      {
        id: 'afw-hub',
        name: 'afw-hub-name',
        vnetId: 'hub',
        kind: 'AzureFirewall',
        sku: 'Standard',
        privateIp: '10.0.1.4',
      },
      {
        id: 'afw-edge',
        name: 'nva-edge-name',
        vnetId: 'edge',
        kind: 'NVA',
        sku: 'Standard',
        privateIp: '10.1.0.10',
      },
    ]);
    expect(up?.gateways).toEqual([
      {
        id: 'vgw-hub',
        name: 'vgw-hub-name',
        vnetId: 'hub',
        type: 'ExpressRoute',
        sku: 'ErGw1AZ',
        activeActive: false,
      },
      {
        id: 'vgw-edge',
        name: 'vgw-edge-name',
        vnetId: 'edge',
        type: 'Vpn',
        sku: 'VpnGw1AZ',
        activeActive: false,
      },
    ]);
    for (const v of up?.vnets as Array<Record<string, unknown>>) {
      expect(v).not.toHaveProperty('firewall');
      expect(v).not.toHaveProperty('gateway');
    }
    const opened = parseDesign({ ...up, version: 3 });
    expect(opened.ok ? [] : opened.errors).toEqual([]);
  });

  it('marks the objects of an existing VNet existing, so exports keep referencing them', () => {
    const up = step?.up(
      v2([
        vnet('hub', {
          existing: true,
          firewall: { kind: 'AzureFirewall', privateIp: '10.0.1.4' },
          gateway: 'Vpn',
        }),
        vnet('spoke', { gateway: 'Vpn' }),
      ]),
    );
    expect((up?.firewalls as Array<{ existing?: boolean }>).map((f) => f.existing)).toEqual([true]);
    expect((up?.gateways as Array<{ existing?: boolean }>).map((g) => g.existing)).toEqual([true, undefined]);
    expect(parseDesign({ ...up, version: 3 }).ok).toBe(true);
  });

  it('makes the new ids unique against every id of the document', () => {
    const up = step?.up(
      v2([vnet('hub', { gateway: 'Vpn' })], {
        subnets: [{ id: 'vgw-hub', vnetId: 'hub', name: 'GatewaySubnet', prefix: '10.0.0.0/27' }],
      }),
    );
    expect((up?.gateways as Array<{ id: string }>).map((g) => g.id)).toEqual(['vgw-hub-2']);
    expect(parseDesign({ ...up, version: 3 }).ok).toBe(true);
  });

  it('leaves a malformed firewall field for the schema to report, with its path', () => {
    const opened = parseDesign(v2([vnet('hub', { firewall: 'yes' })]));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.errors[0]?.path).toBe('$.vnets[0]');
  });
});
