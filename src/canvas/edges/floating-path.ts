/**
 * Where an edge leaves and enters its nodes: the facing sides of the two boxes, so that edges stay short
 * whichever way the objects are arranged (no handle-bound loops around containers).
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface Anchors {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  sourceSide: Side;
  targetSide: Side;
}

function point(b: Box, side: Side): { x: number; y: number } {
  switch (side) {
    case 'left':
      return { x: b.x, y: b.y + b.height / 2 };
    case 'right':
      return { x: b.x + b.width, y: b.y + b.height / 2 };
    case 'top':
      return { x: b.x + b.width / 2, y: b.y };
    case 'bottom':
      return { x: b.x + b.width / 2, y: b.y + b.height };
  }
}

/** The facing sides of two boxes: left/right when they are apart horizontally, else top/bottom. */
export function facingAnchors(source: Box, target: Box): Anchors {
  const scx = source.x + source.width / 2;
  const tcx = target.x + target.width / 2;
  const scy = source.y + source.height / 2;
  const tcy = target.y + target.height / 2;
  const apartX = Math.abs(tcx - scx) - (source.width + target.width) / 2;
  const apartY = Math.abs(tcy - scy) - (source.height + target.height) / 2;
  let sourceSide: Side;
  let targetSide: Side;
  if (apartX >= 0 || apartX >= apartY) {
    sourceSide = tcx >= scx ? 'right' : 'left';
    targetSide = tcx >= scx ? 'left' : 'right';
  } else {
    sourceSide = tcy >= scy ? 'bottom' : 'top';
    targetSide = tcy >= scy ? 'top' : 'bottom';
  }
  const s = point(source, sourceSide);
  const t = point(target, targetSide);
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y, sourceSide, targetSide };
}
