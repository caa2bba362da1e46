import { describe, expect, it } from 'vitest';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createPeering,
  createVnet,
} from '../domain/model/factories';
import { hubDesign } from '../domain/model/hub.fixtures';
import { listConnections, updateEntity } from '../domain/model/operations';
import { sampleDesigns } from '../domain/samples';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { nodeKinds } from './canvas-kinds';
import { buildEdges, buildNodes } from './flow-adapter';
import { collectionOfKind, NODE_SIZE, VNET } from './geometry';

const none = new Set<string>();

describe('buildNodes', () => {
  it.each(sampleDesigns.map((s) => [s.key, s] as const))('draws every object of %s once', (_key, sample) => {
    const design = sample.create();
    const nodes = buildNodes(design, none);
    const entityCount = nodeKinds.reduce((n, k) => n + design[collectionOfKind[k]].length, 0);
    expect(nodes).toHaveLength(entityCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(entityCount);
    for (const k of nodeKinds)
      for (const e of design[collectionOfKind[k]] as ReadonlyArray<{ id: string }>)
        expect(nodes.find((n) => n.id === e.id)?.type, e.id).toBe(k);
  });

  it.each([...nodeKinds])('draws objects of kind %s (a sample or the hub fixture holds one)', (kind) => {
    const holding = [...sampleDesigns.map((s) => s.create()), hubDesign()].find(
      (d) => d[collectionOfKind[kind]].length > 0,
    );
    expect(holding, `no sample holds a ${kind}`).toBeDefined();
    const design = holding as NonNullable<typeof holding>;
    const nodes = buildNodes(design, none);
    for (const e of design[collectionOfKind[kind]] as ReadonlyArray<{ id: string }>)
      expect(nodes.find((n) => n.id === e.id)?.type, e.id).toBe(kind);
  });

  it('nests subnets in their VNet, parents first, with positions relative to the VNet', () => {
    const design = whitepaperScenario1();
    const nodes = buildNodes(design, none);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const s of design.subnets) {
      const node = nodes.find((n) => n.id === s.id);
      expect(node?.type).toBe('subnet');
      expect(node?.parentId).toBe(s.vnetId);
      expect(node?.extent).toBe('parent');
      expect(index.get(s.vnetId)).toBeLessThan(index.get(s.id) ?? -1);
    }
    expect(nodes.find((n) => n.id === 'snet-data-wus')?.position).toEqual({ x: 20, y: 160 });
    expect(nodes.find((n) => n.id === 'vnet1')?.ariaLabel).toBe('Virtual network vnet1-westus');
  });

  it('gives every node a unique accessible name, naming the VNet only where a subnet name repeats', () => {
    const labels = buildNodes(whitepaperScenario1(), new Set()).map((n) => n.ariaLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Subnet snet-powerplatform in vnet1-westus');
    expect(labels).toContain('Subnet snet-powerplatform in vnet2-eastus');
    expect(labels).toContain('Subnet snet-data');
    expect(labels).toContain('Virtual network vnet1-westus');
  });

  it('grows a VNet to hold its subnets', () => {
    const design = whitepaperScenario1();
    const vnet1 = buildNodes(design, none).find((n) => n.id === 'vnet1');
    // snet-data-wus sits at y=160: the VNet must reach below it.
    expect(vnet1?.height).toBe(160 + NODE_SIZE.subnet.height + VNET.padding);
    expect(vnet1?.width).toBeGreaterThanOrEqual(20 + NODE_SIZE.subnet.width + VNET.padding);
  });

  it('marks the selection', () => {
    const nodes = buildNodes(whitepaperScenario1(), new Set(['vnet2', 'env-uat']));
    expect(
      nodes
        .filter((n) => n.selected)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['env-uat', 'vnet2']);
  });

  it('keeps measured sizes and reuses unchanged nodes when rebuilding', () => {
    const design = whitepaperScenario1();
    const first = buildNodes(design, none).map((n) => ({ ...n, measured: { width: 111, height: 22 } }));
    const renamed = updateEntity(design, 'vnets', 'vnet2', { name: 'vnet2-renamed' });
    const second = buildNodes(renamed, none, first);
    for (const n of second) expect(n.measured).toEqual({ width: 111, height: 22 });
    const changed = second.filter((n, i) => n !== first[i]).map((n) => n.id);
    // snet-pp-eus's accessible name names its VNet (its name repeats in vnet1), so it changes too.
    expect(changed).toEqual(['vnet2', 'snet-pp-eus']);
  });

  it('places objects without a stored position in columns without overlaps', () => {
    const design = createDesign({
      environments: [createEnvironment({ id: 'a' }), createEnvironment({ id: 'b' })],
      vnets: [createVnet({ id: 'v' })],
      subnets: [
        createDelegatedSubnet({ id: 's1', vnetId: 'v' }),
        createDelegatedSubnet({ id: 's2', vnetId: 'v', prefix: '10.0.1.0/24' }),
      ],
    });
    const nodes = buildNodes(design, none);
    const a = nodes.find((n) => n.id === 'a');
    const b = nodes.find((n) => n.id === 'b');
    expect(a?.position.x).toBe(b?.position.x);
    expect(Math.abs((a?.position.y ?? 0) - (b?.position.y ?? 0))).toBeGreaterThanOrEqual(
      NODE_SIZE.environment.height,
    );
    const s1 = nodes.find((n) => n.id === 's1');
    const s2 = nodes.find((n) => n.id === 's2');
    expect((s2?.position.y ?? 0) - (s1?.position.y ?? 0)).toBeGreaterThanOrEqual(NODE_SIZE.subnet.height);
  });

  it('still draws a subnet whose VNet is missing', () => {
    const design = createDesign({ subnets: [createDelegatedSubnet({ id: 's', vnetId: 'gone' })] });
    const [node] = buildNodes(design, none);
    expect(node?.id).toBe('s');
    expect(node?.parentId).toBeUndefined();
  });

  it('builds the nodes of a large design and reuses every one of them when nothing changed', () => {
    const vnets = Array.from({ length: 120 }, (_, i) =>
      createVnet({ id: `v${i}`, addressPrefixes: [`10.${i}.0.0/16`] }),
    );
    const subnets = vnets.flatMap((v, i) =>
      [0, 1, 2, 3].map((j) =>
        createDelegatedSubnet({ id: `s${i}-${j}`, vnetId: v.id, prefix: `10.${i}.${j}.0/24` }),
      ),
    );
    const environments = Array.from({ length: 100 }, (_, i) => createEnvironment({ id: `e${i}` }));
    const design = createDesign({ vnets, subnets, environments });
    // speed is measured by `npm run bench:ui`; here: the work is skipped, node for node
    const nodes = buildNodes(design, none);
    const rebuilt = buildNodes(design, none, nodes);
    const edges = buildEdges(design, none, none);
    expect(nodes).toHaveLength(700);
    expect(rebuilt).toHaveLength(700);
    expect(rebuilt.every((n, i) => n === nodes[i])).toBe(true);
    // one change rebuilds only what it touches
    const renamed = {
      ...design,
      vnets: design.vnets.map((v, i) => (i === 0 ? { ...v, name: 'renamed' } : v)),
    };
    const afterRename = buildNodes(renamed, none, nodes);
    const changed = afterRename.filter((n, i) => n !== nodes[i]).map((n) => n.id);
    expect(changed).toContain('v0');
    expect(changed.length).toBeLessThan(10);
    expect(edges).toHaveLength(0);
  });
});

describe('buildEdges', () => {
  it('draws one edge per domain connection with primary/secondary labels', () => {
    const design = whitepaperScenario1();
    const edges = buildEdges(design, none, none);
    expect(edges).toHaveLength(listConnections(design).length);
    const labels = edges
      .filter((e) => e.data?.kind === 'policy-subnet')
      .map((e) => [e.target, e.data?.label]);
    expect(labels).toEqual([
      ['snet-pp-wus', 'primary'],
      ['snet-pp-eus', 'secondary'],
    ]);
    const peering = edges.find((e) => e.data?.kind === 'peering');
    expect(peering?.id).toBe('peering:peer-vnet1-vnet2');
    expect(peering?.markerEnd).toBeUndefined();
    expect(peering?.data?.oneWay).toBeUndefined();
    expect(edges.find((e) => e.id === 'policy-link:env-prod>policy-us')?.ariaLabel).toBe(
      'Policy link: Contoso Production to ep-contoso-us',
    );
  });

  it('marks one-way peerings with their direction', () => {
    const design = {
      ...whitepaperScenario1(),
      peerings: [createPeering({ id: 'p', vnetAId: 'vnet1', vnetBId: 'vnet2', bToA: null })],
    };
    const edge = buildEdges(design, none, none).find((e) => e.id === 'peering:p');
    expect(edge?.data?.oneWay).toBe('forward');
    expect(edge?.data?.label).toBe('one-way');
    expect(edge?.markerEnd).toBeDefined();
  });

  it('selects edges by id and peering edges through the selected peering', () => {
    const design = whitepaperScenario1();
    const edges = buildEdges(
      design,
      new Set(['nat:x>y', 'needs:env-prod>sql-orders']),
      new Set(['peer-vnet1-vnet2']),
    );
    expect(
      edges
        .filter((e) => e.selected)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['needs:env-prod>sql-orders', 'peering:peer-vnet1-vnet2']);
  });

  it('reuses unchanged edges', () => {
    const design = whitepaperScenario1();
    const first = buildEdges(design, none, none);
    const second = buildEdges(
      updateEntity(design, 'vnets', 'vnet1', { dnsServers: ['10.0.0.4'] }),
      none,
      none,
      first,
    );
    expect(second.every((e, i) => e === first[i])).toBe(true);
  });
});
