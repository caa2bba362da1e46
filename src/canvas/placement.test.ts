import { describe, expect, it } from 'vitest';
import { createDesign, createEnvironment, createSubnet, createVnet } from '../domain/model/factories';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { COLUMN_X, NODE_SIZE, VNET } from './geometry';
import { nextSpot, nextSubnetSpot, spotBeside } from './placement';

describe('placement of new objects', () => {
  it('starts a column at the top of an empty design', () => {
    expect(nextSpot(createDesign(), 'vnet')).toEqual({ x: COLUMN_X.vnet, y: 0 });
  });

  it('goes below everything already in the column, VNets at their full height', () => {
    const design = whitepaperScenario1();
    // vnet2 is 170 high once grown to hold its subnet (60 + 90 + 20): a new VNet goes below it, in line.
    expect(nextSpot(design, 'vnet')).toEqual({ x: 600, y: 320 + 170 + 40 });
    const envs = createDesign({
      environments: [createEnvironment({ id: 'a' })],
      layout: { a: { x: 0, y: 100 } },
    });
    // On the 10 px grid.
    expect(nextSpot(envs, 'environment')).toEqual({
      x: 0,
      y: Math.ceil((100 + NODE_SIZE.environment.height + 40) / 10) * 10,
    });
  });

  it('puts a new subnet below the last one of its VNet', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'v' })],
      subnets: [createSubnet({ id: 's', vnetId: 'v' })],
      layout: { s: { x: 20, y: 200 } },
    });
    expect(nextSubnetSpot(design, 'v')).toEqual({
      x: VNET.padding,
      y: 200 + NODE_SIZE.subnet.height + VNET.gap,
    });
    expect(nextSubnetSpot(createDesign({ vnets: [createVnet({ id: 'w' })] }), 'w')).toEqual({
      x: VNET.padding,
      y: VNET.header,
    });
  });

  it("puts an object beside what it belongs to: right of the subnet's VNet, in line, clear of others", () => {
    const design = whitepaperScenario1();
    const vnet = design.layout.vnet1;
    if (!vnet) throw new Error('vnet1 has no position');
    const spot = spotBeside(design, 'snet-data-wus', 'resource');
    const vnetRight = vnet.x + Math.max(vnet.width ?? 0, VNET.minWidth);
    expect(spot.x).toBeGreaterThan(vnetRight);
    expect(spot.x).toBeLessThan(vnetRight + 200);
    // Nothing already on the canvas overlaps the new card.
    const taken = spotBeside(
      {
        ...design,
        layout: { ...design.layout, probe: { x: spot.x, y: spot.y } },
        resources: [...design.resources, { ...design.resources[0]!, id: 'probe' }],
      },
      'snet-data-wus',
      'resource',
    );
    expect(taken.y).toBeGreaterThanOrEqual(spot.y + NODE_SIZE.resource.height);
    // Without an anchor it falls back to the column.
    expect(spotBeside(design, undefined, 'resource')).toEqual(nextSpot(design, 'resource'));
  });
});
