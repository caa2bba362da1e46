import { describe, expect, it } from 'vitest';
import { sampleDesigns } from '../domain/samples';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { computeAutoLayout } from './auto-layout';
import { NODE_SIZE } from './geometry';

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

  it.each(sampleDesigns.map((s) => [s.key, s] as const))(
    'places no two top-level objects of %s on each other',
    async (_k, s) => {
      const design = s.create();
      const p = await computeAutoLayout(design);
      const subnetIds = new Set(design.subnets.map((x) => x.id));
      const boxes = Object.entries(p)
        .filter(([id]) => !subnetIds.has(id))
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
