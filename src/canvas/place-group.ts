/**
 * Where a group of new objects lands (an import, a paste): the group keeps its own arrangement, moves as
 * a whole and covers nothing already drawn, so what was there never moves for it. Pure.
 *
 * - `beside`: to the right of everything else, top-aligned with it (an import: a part of its own).
 * - `clear`: where it is if that spot is free, else the shortest way out, down or right, past what it
 *   would cover (a paste: near its original, never on it). Pasted subnets move down inside their VNet.
 */
import type { Design, Position } from '../domain/model/schema';
import { type Draft, drafts } from './flow-adapter';
import { GRID, VNET } from './geometry';
import { type Box, pushApart, ROOM_GAP } from './make-room';

export type GroupPlacement = { how: 'beside'; gap?: number } | { how: 'clear' };

const onGrid = (n: number) => Math.ceil(n / GRID) * GRID;

const boxOf = (d: Draft): Box => ({
  id: d.id,
  x: d.position.x,
  y: d.position.y,
  width: d.width,
  height: d.height,
});

/** The design with the group `ids` placed (see the module's comment); objects outside it keep their spot. */
export function placeGroup(design: Design, ids: Iterable<string>, placement: GroupPlacement): Design {
  const group = new Set(ids);
  const all = drafts(design);
  const top = all.filter((d) => !d.parentId);
  const mine = top.filter((d) => group.has(d.id));
  const rest = top.filter((d) => !group.has(d.id));
  const layout: Design['layout'] = { ...design.layout };
  // Objects drawn at a default column spot are pinned there, so the group's arrival moves none of them.
  for (const d of rest) layout[d.id] ??= { x: d.position.x, y: d.position.y };
  const move = (d: Draft, dx: number, dy: number) => {
    layout[d.id] = { ...design.layout[d.id], x: d.position.x + dx, y: d.position.y + dy } as Position;
  };

  if (mine.length > 0) {
    const left = Math.min(...mine.map((d) => d.position.x));
    const upper = Math.min(...mine.map((d) => d.position.y));
    let dx = 0;
    let dy = 0;
    if (placement.how === 'beside' && rest.length > 0) {
      const gap = placement.gap ?? ROOM_GAP * 2;
      dx = onGrid(Math.max(...rest.map((d) => d.position.x + d.width)) + gap) - left;
      dy = Math.min(...rest.map((d) => d.position.y)) - upper;
    } else if (placement.how === 'clear') {
      const right = Math.max(...mine.map((d) => d.position.x + d.width));
      const bottom = Math.max(...mine.map((d) => d.position.y + d.height));
      const whole: Box = {
        id: '\u0000group',
        x: left,
        y: upper,
        width: right - left,
        height: bottom - upper,
      };
      // Everything there stays (the movers); only the group's outline can be pushed.
      const moved = pushApart([...rest.map(boxOf), whole], new Set(rest.map((d) => d.id)), {
        gap: ROOM_GAP,
        sideways: true,
      }).get(whole.id);
      if (moved) {
        dx = moved.x - left;
        dy = moved.y - upper;
      }
    }
    for (const d of mine) move(d, dx, dy);
  }

  if (placement.how === 'clear') {
    // Pasted subnets of a VNet that was there: below its own subnets, never over them.
    const byVnet = new Map<string, Draft[]>();
    for (const d of all) {
      if (!d.parentId || group.has(d.parentId)) continue;
      const siblings = byVnet.get(d.parentId) ?? [];
      siblings.push(d);
      byVnet.set(d.parentId, siblings);
    }
    for (const siblings of byVnet.values()) {
      if (!siblings.some((d) => group.has(d.id))) continue;
      const stay = new Set(siblings.filter((d) => !group.has(d.id)).map((d) => d.id));
      const moves = pushApart(siblings.map(boxOf), stay, { gap: VNET.gap, sideways: false });
      for (const [id, p] of moves) if (group.has(id)) layout[id] = { ...layout[id], ...p } as Position;
    }
  }
  return { ...design, layout };
}
