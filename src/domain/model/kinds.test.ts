import { describe, expect, it } from 'vitest';
import { describeObject } from '../export/plan/describe';
import { buildDesignReport } from '../report/build-report';
import { collectionLabels } from './compare-designs';
import {
  createBastion,
  createDesign,
  createEnvironment,
  createFirewall,
  createGateway,
  createNatGateway,
  createNsg,
  createPeering,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createRouteTable,
  createSubnet,
  createVnet,
} from './factories';
import {
  allReferences,
  EACH,
  entityCollections,
  kindList,
  kinds,
  readPath,
  referencedIds,
  referenceSites,
} from './kinds';
import { checkReferences, formatPath } from './load';
import { copyEntities, pasteEntities } from './operations/clipboard';
import { removeEntities } from './operations/entities';
import { type Design, DesignSchema } from './schema';

/** A design in which every reference the registry lists holds an id (the resources cover both placements). */
function everyReference(): Design {
  return createDesign({
    environments: [createEnvironment({ id: 'env', resourceIds: ['sql'], policyIds: ['pol'] })],
    policies: [createPolicy({ id: 'pol', subnetIds: ['snet'] })],
    vnets: [createVnet({ id: 'vnet-a' }), createVnet({ id: 'vnet-b' })],
    subnets: [
      createSubnet({ id: 'snet', vnetId: 'vnet-a', natGatewayId: 'nat', nsgId: 'nsg', routeTableId: 'rt' }),
    ],
    peerings: [createPeering({ id: 'peer', vnetAId: 'vnet-a', vnetBId: 'vnet-b' })],
    natGateways: [createNatGateway({ id: 'nat' })],
    nsgs: [createNsg({ id: 'nsg' })],
    routeTables: [
      createRouteTable({
        id: 'rt',
        routes: [
          { name: 'local', addressPrefix: '10.0.0.0/16', nextHopType: 'VnetLocal' },
          {
            name: 'to-fw',
            addressPrefix: '0.0.0.0/0',
            nextHopType: 'VirtualAppliance',
            nextHopFirewallId: 'afw',
          },
        ],
      }),
    ],
    resources: [
      createResource({
        id: 'sql',
        placement: { type: 'subnet', subnetId: 'snet', privateEndpoint: true },
        privateDnsZoneId: 'dns',
      }),
      createResource({
        id: 'onprem',
        kind: 'OnPremises',
        placement: { type: 'onPremises', gatewayVnetId: 'vnet-b', addressPrefixes: ['192.168.0.0/16'] },
      }),
    ],
    privateDnsZones: [createPrivateDnsZone({ id: 'dns', vnetIds: ['vnet-a'] })],
    firewalls: [createFirewall({ id: 'afw', vnetId: 'vnet-a', privateIp: '10.0.1.4' })],
    gateways: [createGateway({ id: 'vgw', vnetId: 'vnet-a' })],
    bastions: [createBastion({ id: 'bas', vnetId: 'vnet-b' })],
  });
}

const schemaCollections = Object.entries(DesignSchema.shape)
  .filter(([key]) => !['format', 'version', 'id', 'name', 'description', 'layout'].includes(key))
  .map(([key]) => key);

describe('the registry of kinds', () => {
  it('has exactly one kind for each collection of the design format, in file order', () => {
    expect([...entityCollections]).toEqual(schemaCollections);
  });

  it('lists references that exist in a design holding all of them', () => {
    const design = everyReference();
    for (const ref of allReferences) {
      const holders = design[kinds[ref.holder].collection] as readonly unknown[];
      const held = holders.flatMap((e) => referencedIds(e, ref));
      expect(held.length, `${ref.holder}.${ref.path.join('.')}`).toBeGreaterThan(0);
      for (const id of held)
        expect(
          (design[kinds[ref.target].collection] as ReadonlyArray<{ id: string }>).some((t) => t.id === id),
          `${ref.holder}.${ref.path.join('.')} → ${ref.target}`,
        ).toBe(true);
    }
    expect(checkReferences(design)).toEqual([]);
  });

  it('finds every id-valued field of the design in the registry (no reference goes unlisted)', () => {
    const design = everyReference();
    const ids = new Set(
      entityCollections.flatMap((c) => (design[c] as ReadonlyArray<{ id: string }>).map((e) => e.id)),
    );
    const listed = new Set(allReferences.map((r) => `${r.holder}:${r.path.join('.')}`));
    for (const kind of kindList)
      for (const entity of design[kinds[kind].collection] as readonly object[]) {
        const walk = (value: unknown, path: string[]) => {
          if (
            typeof value === 'string' &&
            ids.has(value) &&
            path.join('.') !== 'id' &&
            path.join('.') !== 'name'
          )
            expect(listed.has(`${kind}:${path.join('.')}`), `${kind}.${path.join('.')}`).toBe(true);
          else if (Array.isArray(value))
            for (const v of value) walk(v, typeof v === 'object' && v !== null ? [...path, EACH] : path);
          else if (typeof value === 'object' && value !== null)
            for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
        };
        walk(entity, []);
      }
  });

  it('reports a dangling reference at the path of every reference it lists', () => {
    for (const ref of allReferences) {
      const design = everyReference();
      const collection = kinds[ref.holder].collection;
      const holders = design[collection] as Array<Record<string, unknown>>;
      const i = holders.findIndex((e) => readPath(e, ref.path) !== undefined);
      const holder = structuredClone(holders[i]) as Record<string, unknown>;
      // The first place the reference is held, as a JSON path (a list step names its item).
      const site = referenceSites(holder, ref)[0];
      if (!site) throw new Error(`${ref.holder}.${ref.path.join('.')} holds nothing`);
      const where = ref.many ? site.at.slice(0, -1) : site.at;
      let parent = holder as Record<string | number, unknown>;
      for (const key of where.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[where.at(-1) as string | number] = ref.many ? ['missing'] : 'missing';
      holders[i] = holder;
      const at = formatPath([collection, i, ...where, ...(ref.many ? [0] : [])]);
      expect(checkReferences(design).map((e) => e.path)).toContain(at);
      if (ref.path.includes(EACH)) expect(at).toMatch(/\]\.routes\[1\]\.nextHopFirewallId$/);
    }
  });

  it('removes the holder of a cascade reference and drops a detach reference, for every reference', () => {
    for (const ref of allReferences) {
      const design = everyReference();
      const holders = design[kinds[ref.holder].collection] as ReadonlyArray<{ id: string }>;
      const holder = holders.find((e) => referencedIds(e, ref).length > 0) as { id: string };
      const target = referencedIds(holder, ref)[0] as string;
      const after = removeEntities(design, [target]);
      const still = (after[kinds[ref.holder].collection] as ReadonlyArray<{ id: string }>).find(
        (e) => e.id === holder.id,
      );
      if (ref.onDelete === 'cascade') expect(still, `${ref.holder}.${ref.path.join('.')}`).toBeUndefined();
      else {
        expect(still, `${ref.holder}.${ref.path.join('.')}`).toBeDefined();
        expect(referencedIds(still, ref)).not.toContain(target);
      }
      expect(checkReferences(after)).toEqual([]);
    }
  });

  it('pastes a copy of everything with every listed reference following the new ids', () => {
    const design = everyReference();
    const all = entityCollections.flatMap((c) =>
      (design[c] as ReadonlyArray<{ id: string }>).map((e) => e.id),
    );
    const { design: next, ids } = pasteEntities(design, copyEntities(design, all));
    expect(ids).toHaveLength(all.length);
    const fresh = new Set(ids);
    for (const ref of allReferences)
      for (const e of next[kinds[ref.holder].collection] as ReadonlyArray<{ id: string }>)
        if (fresh.has(e.id))
          for (const id of referencedIds(e, ref))
            expect(fresh.has(id), `${ref.holder}.${ref.path.join('.')}`).toBe(true);
    expect(checkReferences(next)).toEqual([]);
  });

  it('gives every kind its label in the derived tables (conflict list, report, export notes)', () => {
    const design = everyReference();
    const counts = buildDesignReport(design, { generatedAt: 'now' }).summary.counts.map((c) => c.label);
    for (const kind of kindList) {
      const { collection, label } = kinds[kind];
      expect(collectionLabels[collection]).toBe(label.one);
      expect(counts).toContain(label.many);
      const first = (design[collection] as ReadonlyArray<{ id: string }>)[0] as { id: string };
      expect(describeObject(design, first.id).toLowerCase()).toContain(label.one.toLowerCase());
    }
  });

  it('reaches into each item of a list: removing a firewall detaches only the routes that named it', () => {
    const design = everyReference();
    design.firewalls.push(createFirewall({ id: 'afw-2', vnetId: 'vnet-b', privateIp: '10.0.2.4' }));
    const table = design.routeTables[0] as (typeof design.routeTables)[number];
    table.routes.push({
      name: 'to-fw-2',
      addressPrefix: '10.9.0.0/16',
      nextHopType: 'VirtualAppliance',
      nextHopFirewallId: 'afw-2',
    });
    const after = removeEntities(design, ['afw']);
    const routes = after.routeTables[0]?.routes ?? [];
    expect(routes.map((r) => r.nextHopFirewallId)).toEqual([undefined, undefined, 'afw-2']);
    expect(Object.hasOwn(routes[1] as object, 'nextHopFirewallId')).toBe(false);
    expect(routes[0]).toBe(table.routes[0]);
    expect(checkReferences(after)).toEqual([]);
    // A pasted route table follows a pasted firewall, and keeps one that stays behind.
    const pasted = pasteEntities(design, copyEntities(design, ['rt', 'afw'])).design;
    const copy = pasted.routeTables.at(-1)?.routes.map((r) => r.nextHopFirewallId);
    expect(copy?.[1]).toBe(pasted.firewalls.at(-1)?.id);
    expect(copy?.[1]).not.toBe('afw');
    expect(copy?.[2]).toBe('afw-2');
    expect(readPath(table, ['routes', EACH, 'nextHopFirewallId'])).toEqual(['afw', 'afw-2']);
  });
});
