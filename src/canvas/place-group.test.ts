import { describe, expect, it } from 'vitest';
import { createDesign, createSubnet, createVnet } from '../domain/model/factories';
import { addEntity, copyEntities, pasteEntities } from '../domain/model/operations';
import type { Design } from '../domain/model/schema';
import { drafts } from './flow-adapter';
import { buriedPairs, makeRoom, ROOM_GAP } from './make-room';
import { placeGroup } from './place-group';
import { nextSpot, nextSubnetSpot } from './placement';

const box = (d: Design, id: string) => {
  const b = drafts(d).find((x) => x.id === id);
  if (!b) throw new Error(`no ${id}`);
  return { x: b.position.x, y: b.position.y, width: b.width, height: b.height };
};

function threeVnets(): Design {
  let d = createDesign();
  for (const id of ['v1', 'v2', 'v3']) d = addEntity(d, 'vnets', createVnet({ id }), nextSpot(d, 'vnet'));
  return makeRoom(
    d,
    addEntity(d, 'subnets', createSubnet({ id: 's1', vnetId: 'v1' }), nextSubnetSpot(d, 'v1')),
  );
}

/** A paste as the studio does it: the copy one step further per paste, placed clear, then room made. */
function paste(d: Design, ids: string[], step: number): { design: Design; ids: string[] } {
  const pasted = pasteEntities(d, copyEntities(d, ids), { x: step, y: step });
  return { design: makeRoom(d, placeGroup(pasted.design, pasted.ids, { how: 'clear' })), ids: pasted.ids };
}

describe('placeGroup', () => {
  it('beside: puts a group of new objects to the right of everything else, keeping its arrangement', () => {
    let d = threeVnets();
    d = addEntity(d, 'vnets', createVnet({ id: 'n1' }), { x: 640, y: 0 });
    d = addEntity(d, 'vnets', createVnet({ id: 'n2' }), { x: 640, y: 200 });
    const placed = placeGroup(d, ['n1', 'n2'], { how: 'beside' });
    expect(buriedPairs(placed)).toEqual([]);
    expect(box(placed, 'n2').y - box(placed, 'n1').y).toBe(200);
    expect(box(placed, 'n1').x).toBeGreaterThanOrEqual(box(d, 'v1').x + box(d, 'v1').width + ROOM_GAP);
    for (const id of ['v1', 'v2', 'v3']) expect(box(placed, id)).toEqual(box(d, id));
  });

  it('clear: a group on free ground stays where it is', () => {
    let d = threeVnets();
    d = addEntity(d, 'vnets', createVnet({ id: 'far' }), { x: 5000, y: 5000 });
    expect(box(placeGroup(d, ['far'], { how: 'clear' }), 'far')).toEqual(box(d, 'far'));
  });

  it('pastes cascade: repeated pastes land apart, and never push the original or anything else', () => {
    const start = threeVnets();
    let d = start;
    const spots: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = paste(d, ['v1'], 40 * i);
      d = r.design;
      const vnet = r.ids.find((id) => d.vnets.some((v) => v.id === id)) ?? '';
      spots.push(JSON.stringify(box(d, vnet)));
    }
    expect(new Set(spots).size).toBe(3);
    expect(buriedPairs(d)).toEqual([]);
    for (const id of ['v1', 'v2', 'v3', 's1']) expect(box(d, id)).toEqual(box(start, id));
  });

  it('a pasted subnet goes below its original inside the VNet instead of pushing it', () => {
    const start = threeVnets();
    const r = paste(start, ['s1'], 40);
    const copy = r.ids[0] ?? '';
    expect(box(r.design, 's1')).toEqual(box(start, 's1'));
    expect(box(r.design, copy).y).toBeGreaterThanOrEqual(box(start, 's1').y + box(start, 's1').height);
    expect(buriedPairs(r.design)).toEqual([]);
  });
});
