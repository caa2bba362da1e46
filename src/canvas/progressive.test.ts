import { describe, expect, it } from 'vitest';
import { createLargeDesign } from '../domain/testing/large-design';
import { buildEdges, buildNodes, type StudioNode } from './flow-adapter';
import { countNew, drawnPart, planReveal, sliceEnd, viewRect } from './progressive';

const none = new Set<string>();
const node = (id: string, x: number, y: number, parentId?: string): StudioNode => ({
  id,
  type: parentId ? 'subnet' : 'vnet',
  position: { x, y },
  data: {},
  width: 100,
  height: 50,
  ...(parentId ? { parentId } : {}),
});

describe('viewRect', () => {
  it('turns a viewport into the part of the flow it shows', () => {
    expect(viewRect({ x: -200, y: 100, zoom: 0.5 }, 800, 600)).toEqual({
      x: 400,
      y: -200,
      width: 1600,
      height: 1200,
    });
  });
});

describe('planReveal', () => {
  const view = { x: 0, y: 0, width: 500, height: 500 };

  it('puts the nodes in view first, then the rest, each once', () => {
    const nodes = [node('far', 2000, 2000), node('near', 10, 10), node('edge', 450, 480)];
    const plan = planReveal(nodes, view);
    expect(plan.order).toEqual(['near', 'edge', 'far']);
    expect(plan.inView).toBe(2);
  });

  it('places children by their parent (positions are relative) and never before it', () => {
    const nodes = [
      node('vnet-far', 3000, 0),
      node('vnet-near', 0, 0),
      node('in-near', 20, 20, 'vnet-near'),
      // Relative (20, 20), so at (3020, 20): out of view.
      node('in-far', 20, 20, 'vnet-far'),
      // In view by its own rectangle only if its parent's offset were ignored.
      node('odd', -2990, 10, 'vnet-far'),
    ];
    const plan = planReveal(nodes, view);
    expect(plan.order.slice(0, plan.inView)).toEqual(['vnet-near', 'in-near']);
    const at = new Map(plan.order.map((id, i) => [id, i]));
    for (const n of nodes) if (n.parentId) expect(at.get(n.id)).toBeGreaterThan(at.get(n.parentId) ?? -1);
  });

  it('leaves out what is already drawn, and a child of a drawn parent may come first', () => {
    const nodes = [node('v', 0, 0), node('s', 10, 10, 'v'), node('w', 4000, 0)];
    const plan = planReveal(nodes, view, new Set(['v']));
    expect(plan.order).toEqual(['s', 'w']);
    expect(plan.inView).toBe(1);
  });

  it('orders the large benchmark design with every parent before its children', () => {
    const nodes = buildNodes(createLargeDesign(), none);
    const plan = planReveal(nodes, { x: 0, y: 0, width: 3000, height: 2000 });
    expect(new Set(plan.order).size).toBe(nodes.length);
    const at = new Map(plan.order.map((id, i) => [id, i]));
    for (const n of nodes) if (n.parentId) expect(at.get(n.id)).toBeGreaterThan(at.get(n.parentId) ?? -1);
    expect(plan.inView).toBeGreaterThan(0);
    expect(plan.inView).toBeLessThan(nodes.length);
  });
});

describe('sliceEnd', () => {
  const plan = { order: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], inView: 3 };

  it('takes `budget` nodes in view per slice', () => {
    expect(sliceEnd(plan, 0, 2, 1)).toBe(2);
    expect(sliceEnd(plan, 2, 2, 1)).toBe(4);
  });

  it('counts nodes out of view at their lower cost', () => {
    expect(sliceEnd(plan, 3, 2, 0.5)).toBe(7);
    expect(sliceEnd(plan, 3, 100, 0.05)).toBe(8);
  });

  it('always moves on, and slices together cover every node', () => {
    expect(sliceEnd(plan, 0, 0, 1)).toBe(1);
    let at = 0;
    let slices = 0;
    while (at < plan.order.length) {
      at = sliceEnd(plan, at, 2, 0.25);
      slices++;
    }
    expect(at).toBe(plan.order.length);
    expect(slices).toBe(3);
  });
});

describe('drawnPart', () => {
  it('keeps the drawn nodes and only edges whose both ends are drawn', () => {
    const design = createLargeDesign();
    const nodes = buildNodes(design, none);
    const edges = buildEdges(design, none, none);
    const shown = new Set(nodes.slice(0, 200).map((n) => n.id));
    const part = drawnPart(nodes, edges, shown);
    expect(part.nodes.map((n) => n.id)).toEqual([...shown]);
    expect(part.edges.length).toBeGreaterThan(0);
    expect(part.edges.length).toBeLessThan(edges.length);
    for (const e of part.edges) expect(shown.has(e.source) && shown.has(e.target)).toBe(true);
  });

  it('hands over the very same arrays once everything is drawn', () => {
    const nodes = [node('a', 0, 0)];
    const part = drawnPart(nodes, [], undefined);
    expect(part.nodes).toBe(nodes);
  });
});

describe('countNew', () => {
  it('counts nodes not yet known, stopping past the limit', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => node(id, 0, 0));
    expect(countNew(nodes, new Set(['a']), 10)).toBe(3);
    expect(countNew(nodes, new Set(), 1)).toBe(2);
    expect(countNew(nodes, new Set(['a', 'b', 'c', 'd']), 1)).toBe(0);
  });
});
