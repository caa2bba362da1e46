import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDesign,
  createEnvironment,
  createPolicy,
  createResource,
  createSubnet,
  createVnet,
} from '../domain/model/factories';
import { addEntity, removeEntities, setPositions } from '../domain/model/operations';
import type { Design } from '../domain/model/schema';
import { drafts } from './flow-adapter';
import { NODE_SIZE, VNET } from './geometry';
import { buriedPairs, makeRoom, pushApart, ROOM_GAP } from './make-room';
import { nextSpot, nextSubnetSpot, spotBeside } from './placement';

const box = (d: Design, id: string) => {
  const b = drafts(d).find((x) => x.id === id);
  if (!b) throw new Error(`no ${id}`);
  return { x: b.position.x, y: b.position.y, width: b.width, height: b.height };
};

/** The picture: three VNets stacked in their column. */
function threeVnets(): Design {
  let d = createDesign();
  for (const id of ['v1', 'v2', 'v3']) d = addEntity(d, 'vnets', createVnet({ id }), nextSpot(d, 'vnet'));
  return d;
}

const addSubnet = (d: Design, vnetId: string, id: string) =>
  makeRoom(d, addEntity(d, 'subnets', createSubnet({ id, vnetId }), nextSubnetSpot(d, vnetId)));

describe('makeRoom', () => {
  it('pushes the VNet below down when the one above grows with its subnets, never covering it', () => {
    let d = threeVnets();
    const v2Before = box(d, 'v2');
    d = addSubnet(d, 'v1', 's1');
    d = addSubnet(d, 'v1', 's2');
    expect(buriedPairs(d)).toEqual([]);
    const v1 = box(d, 'v1');
    // v1 stays; v2 moves down just below it, in its column; v3 follows.
    expect(v1.y).toBe(0);
    expect(box(d, 'v2').x).toBe(v2Before.x);
    expect(box(d, 'v2').y).toBe(v1.y + v1.height + ROOM_GAP);
    expect(box(d, 'v3').y).toBeGreaterThanOrEqual(box(d, 'v2').y + box(d, 'v2').height + ROOM_GAP);
  });

  it('leaves the design untouched when nothing is covered', () => {
    const d = threeVnets();
    const moved = setPositions(d, { v1: { x: -600, y: 0 } });
    expect(makeRoom(d, moved)).toBe(moved);
  });

  it('pushes a neighbour sideways when that is the shorter way out (a VNet widened into a resource)', () => {
    let d = createDesign({
      vnets: [createVnet({ id: 'v' })],
      subnets: [createSubnet({ id: 's', vnetId: 'v' })],
    });
    d = setPositions(d, { v: { x: 0, y: 0 } });
    d = addEntity(
      d,
      'resources',
      createResource({ id: 'r', placement: { type: 'subnet', subnetId: 's', privateEndpoint: true } }),
      spotBeside(d, 's', 'resource'),
    );
    const r = box(d, 'r');
    const widened = makeRoom(d, setPositions(d, { v: { x: 0, y: 0, width: r.x + 100 } }));
    expect(box(widened, 'r')).toMatchObject({ x: r.x + 100 + ROOM_GAP, y: r.y });
  });

  it('moves the object dropped on another out of the way of the dropped one, which stays', () => {
    const d = threeVnets();
    const v3 = box(d, 'v3');
    const dropped = makeRoom(d, setPositions(d, { v1: { x: v3.x, y: v3.y } }));
    expect(box(dropped, 'v1')).toMatchObject({ x: v3.x, y: v3.y });
    expect(buriedPairs(dropped)).toEqual([]);
  });

  it('makes room between subnets of one VNet, moving the covered one down', () => {
    let d = createDesign({ vnets: [createVnet({ id: 'v' })] });
    d = setPositions(d, { v: { x: 0, y: 0 } });
    d = addSubnet(d, 'v', 'a');
    d = addSubnet(d, 'v', 'b');
    const b = box(d, 'b');
    const moved = makeRoom(d, setPositions(d, { a: { x: b.x, y: b.y - 30 } }));
    expect(box(moved, 'a').y).toBe(b.y - 30);
    expect(box(moved, 'b').y).toBe(b.y - 30 + NODE_SIZE.subnet.height + VNET.gap);
    expect(buriedPairs(moved)).toEqual([]);
  });

  it('pins objects drawn at default column spots when it moves anything, so nothing else shifts', () => {
    const d = createDesign({
      environments: [createEnvironment({ id: 'e1' }), createEnvironment({ id: 'e2' })],
      policies: [createPolicy({ id: 'p' })],
      vnets: [createVnet({ id: 'v' })],
      subnets: [createSubnet({ id: 's', vnetId: 'v' })],
    });
    const e2 = box(d, 'e2');
    const p = box(d, 'p');
    const r = createResource({
      id: 'r',
      placement: { type: 'subnet', subnetId: 's', privateEndpoint: true },
    });
    const dropped = makeRoom(d, addEntity(d, 'resources', r, { x: p.x, y: p.y }));
    expect(box(dropped, 'p').y).toBeGreaterThan(p.y);
    expect(dropped.layout.e1).toEqual({ x: 0, y: 0 });
    expect(dropped.layout.e2).toEqual({ x: e2.x, y: e2.y });
    expect(buriedPairs(dropped)).toEqual([]);
  });
});

describe('pushApart', () => {
  it('never moves a box up or left, and ends with no mover or pushed box covering another', () => {
    const arbBox = fc.record({
      x: fc.integer({ min: 0, max: 60 }).map((n) => n * 10),
      y: fc.integer({ min: 0, max: 60 }).map((n) => n * 10),
      width: fc.integer({ min: 1, max: 30 }).map((n) => n * 10),
      height: fc.integer({ min: 1, max: 30 }).map((n) => n * 10),
    });
    fc.assert(
      fc.property(fc.array(arbBox, { minLength: 1, maxLength: 12 }), fc.boolean(), (raw, sideways) => {
        const boxes = raw.map((b, i) => ({ id: `b${i}`, ...b }));
        const moves = pushApart(boxes, new Set(['b0']), { gap: 10, sideways });
        const after = boxes.map((b) => ({ ...b, ...moves.get(b.id) }));
        for (const [i, b] of after.entries()) {
          expect(b.x).toBeGreaterThanOrEqual(boxes[i]?.x ?? 0);
          expect(b.y).toBeGreaterThanOrEqual(boxes[i]?.y ?? 0);
        }
        const touched = new Set(['b0', ...moves.keys()]);
        for (const a of after)
          for (const b of after) {
            if (a.id >= b.id || (!touched.has(a.id) && !touched.has(b.id))) continue;
            const overlap =
              a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
            expect(overlap, `${a.id} covers ${b.id}`).toBe(false);
          }
      }),
    );
  });
});

/** One edit of a random sequence, applied the way the studio applies it (then settled by makeRoom). */
type Edit =
  | { op: 'vnet' }
  | { op: 'environment' }
  | { op: 'subnet'; pick: number }
  | { op: 'resource'; pick: number }
  | { op: 'resize'; pick: number; edge: 'left' | 'top' | 'right' | 'bottom'; by: number }
  | { op: 'move'; pick: number; dx: number; dy: number }
  | { op: 'delete'; pick: number };

const pickFrom = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

let seq = 0;
function applyEdit(d: Design, e: Edit): Design {
  const id = `o${seq++}`;
  const objects = drafts(d);
  switch (e.op) {
    case 'vnet':
      return addEntity(d, 'vnets', createVnet({ id }), nextSpot(d, 'vnet'));
    case 'environment':
      return addEntity(d, 'environments', createEnvironment({ id }), nextSpot(d, 'environment'));
    case 'subnet': {
      const v = pickFrom(d.vnets, e.pick);
      if (!v) return d;
      return addEntity(d, 'subnets', createSubnet({ id, vnetId: v.id }), nextSubnetSpot(d, v.id));
    }
    case 'resource': {
      const s = pickFrom(d.subnets, e.pick);
      if (!s) return d;
      const r = createResource({ id, placement: { type: 'subnet', subnetId: s.id, privateEndpoint: true } });
      return addEntity(d, 'resources', r, spotBeside(d, s.id, 'resource'));
    }
    case 'resize': {
      const v = pickFrom(d.vnets, e.pick);
      const b = v && objects.find((o) => o.id === v.id);
      if (!v || !b) return d;
      const p = { x: b.position.x, y: b.position.y, width: b.width, height: b.height };
      if (e.edge === 'left')
        Object.assign(p, { x: p.x - e.by, width: Math.max(VNET.minWidth, p.width + e.by) });
      if (e.edge === 'top')
        Object.assign(p, { y: p.y - e.by, height: Math.max(VNET.minHeight, p.height + e.by) });
      if (e.edge === 'right') p.width = Math.max(VNET.minWidth, p.width + e.by);
      if (e.edge === 'bottom') p.height = Math.max(VNET.minHeight, p.height + e.by);
      return setPositions(d, { [v.id]: p });
    }
    case 'move': {
      const o = pickFrom(objects, e.pick);
      if (!o) return d;
      // A subnet stays inside its VNet (React Flow keeps it there).
      const x = o.parentId ? Math.max(0, o.position.x + e.dx) : o.position.x + e.dx;
      const y = o.parentId ? Math.max(0, o.position.y + e.dy) : o.position.y + e.dy;
      return setPositions(d, { [o.id]: { x, y } });
    }
    case 'delete': {
      const o = pickFrom(objects, e.pick);
      return o ? removeEntities(d, [o.id]) : d;
    }
  }
}

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ op: 'vnet' as const }),
  fc.constant({ op: 'environment' as const }),
  fc.record({ op: fc.constant('subnet' as const), pick: fc.nat(20) }),
  fc.record({ op: fc.constant('resource' as const), pick: fc.nat(20) }),
  fc.record({
    op: fc.constant('resize' as const),
    pick: fc.nat(20),
    edge: fc.constantFrom('left' as const, 'top' as const, 'right' as const, 'bottom' as const),
    by: fc.integer({ min: -30, max: 60 }).map((n) => n * 10),
  }),
  fc.record({
    op: fc.constant('move' as const),
    pick: fc.nat(40),
    dx: fc.integer({ min: -80, max: 80 }).map((n) => n * 10),
    dy: fc.integer({ min: -80, max: 80 }).map((n) => n * 10),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat(40) }),
);

describe('a layout that never buries anything', () => {
  it('leaves no two objects on each other after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(arbEdit, { minLength: 1, maxLength: 40 }), (edits) => {
        let d = createDesign();
        for (const e of edits) {
          d = makeRoom(d, applyEdit(d, e));
          expect(buriedPairs(d), JSON.stringify(e)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('would find objects on each other without it (the property can fail)', () => {
    let d = threeVnets();
    d = addEntity(d, 'subnets', createSubnet({ id: 's1', vnetId: 'v1' }), nextSubnetSpot(d, 'v1'));
    d = addEntity(d, 'subnets', createSubnet({ id: 's2', vnetId: 'v1' }), nextSubnetSpot(d, 'v1'));
    expect(buriedPairs(d)).toContainEqual(['v1', 'v2']);
  });
});
