import { describe, expect, it } from 'vitest';
import { hubDesign } from '../domain/model/hub.fixtures';
import { connectionId, listConnections } from '../domain/model/operations';
import type { Position } from '../domain/model/schema';
import { sampleDesigns } from '../domain/samples';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { computeAutoLayout, computeAutoLayoutWithRoutes, type Point } from './auto-layout';
import { NODE_SIZE } from './geometry';
import { vnetChildren } from './vnet-children';

describe('computeAutoLayout', () => {
  it('lays out left to right: environments, policies, VNets, resources', async () => {
    const p = await computeAutoLayout(whitepaperScenario1());
    const x = (id: string) => p[id]?.x ?? Number.NaN;
    expect(x('env-prod')).toBeLessThan(x('policy-us'));
    expect(x('policy-us')).toBeLessThan(x('vnet1'));
    expect(x('vnet1')).toBeLessThan(x('sql-orders'));
    expect(x('sql-orders')).toBeLessThan(x('dns-sql'));
    // Subnets are stacked inside their VNet, relative to it.
    expect(p['snet-pp-wus']).toEqual({ x: 20, y: 70 });
    expect(p['snet-data-wus']?.y).toBe(70 + NODE_SIZE.subnet.height + 10);
    expect(p.vnet1?.height).toBeGreaterThanOrEqual(70 + 2 * NODE_SIZE.subnet.height + 10);
  });

  it('puts hub objects beside their subnets inside the VNet, which grows to hold them', async () => {
    const p = await computeAutoLayout(hubDesign());
    const beside = 20 + NODE_SIZE.subnet.width + 10;
    expect(p['afw-hub']).toEqual({ x: beside, y: p['snet-afw']?.y });
    expect(p['vgw-er']).toEqual({ x: beside, y: (p['snet-gw']?.y ?? 0) + NODE_SIZE.gateway.height + 8 });
    expect(p['vnet-hub']?.width).toBe(beside + NODE_SIZE.firewall.width + 20);
  });

  it.each(sampleDesigns.map((s) => [s.key, s] as const))(
    'places no two top-level objects of %s on each other',
    async (_k, s) => {
      const design = s.create();
      const p = await computeAutoLayout(design);
      // Subnets and hub objects are placed relative to their VNet.
      const inside = new Set([...vnetChildren(design).values()].flat().map((x) => x.id));
      const boxes = Object.entries(p)
        .filter(([id]) => !inside.has(id))
        .map(([id, b]) => {
          const kind = design.environments.some((e) => e.id === id) ? 'environment' : 'resource';
          return {
            id,
            x: b.x,
            y: b.y,
            w: b.width ?? NODE_SIZE[kind].width,
            h: b.height ?? NODE_SIZE[kind].height,
          };
        });
      for (const a of boxes)
        for (const b of boxes) {
          if (a.id >= b.id) continue;
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        }
    },
  );
});

describe('auto-layout routes', () => {
  type Rect = { id: string; x: number; y: number; w: number; h: number };
  const rects = (design: ReturnType<typeof whitepaperScenario1>, p: Record<string, Position>) => {
    const subnetIds = new Set(design.subnets.map((s) => s.id));
    const out: Rect[] = [];
    for (const [id, b] of Object.entries(p)) {
      if (subnetIds.has(id)) continue;
      const kind = design.privateDnsZones.some((z) => z.id === id) ? 'dnsZone' : 'resource';
      out.push({
        id,
        x: b.x,
        y: b.y,
        w: b.width ?? NODE_SIZE[kind].width,
        h: b.height ?? NODE_SIZE[kind].height,
      });
    }
    return out;
  };
  // Strictly inside, 2 px in from the border (a line may run along or end at a border).
  const crosses = (r: Rect, a: { x: number; y: number }, b: { x: number; y: number }) => {
    const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    return x1 < r.x + r.w - 2 && x2 > r.x + 2 && y1 < r.y + r.h - 2 && y2 > r.y + 2;
  };

  it.each(sampleDesigns.map((s) => [s.key, s] as const))(
    'routes every connection of %s orthogonally, through no object, labels on free canvas',
    async (_k, s) => {
      const design = s.create();
      const { positions, routes } = await computeAutoLayoutWithRoutes(design);
      const boxes = rects(design, positions);
      const vnetOf = new Map(design.subnets.map((x) => [x.id, x.vnetId]));
      for (const c of listConnections(design)) {
        const route = routes[connectionId(c)];
        expect(route, connectionId(c)).toBeDefined();
        if (!route) continue;
        const ends = new Set([c.sourceId, c.targetId, vnetOf.get(c.sourceId), vnetOf.get(c.targetId)]);
        for (let i = 1; i < route.points.length; i++) {
          const a = route.points[i - 1] as Point;
          const b = route.points[i] as Point;
          expect(a.x === b.x || a.y === b.y, `${connectionId(c)} segment ${i} is orthogonal`).toBe(true);
          for (const r of boxes)
            if (!ends.has(r.id))
              expect(crosses(r, a, b), `${connectionId(c)} runs through ${r.id}`).toBe(false);
        }
        for (const r of boxes)
          expect(crosses(r, route.label, route.label), `${connectionId(c)}'s label is on ${r.id}`).toBe(
            false,
          );
      }
    },
  );
});
