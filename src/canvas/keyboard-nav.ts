/**
 * Moving the keyboard focus between canvas objects with the arrow keys: the nearest object whose
 * centre lies in that direction, preferring objects in line over objects off to the side. Pure.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const arrowDirection: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The id of the object to focus next from `fromId` in `direction`, or undefined at the edge. */
export function nearestInDirection(
  boxes: readonly NavBox[],
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = boxes.find((b) => b.id === fromId);
  if (!from) return boxes[0]?.id;
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: { id: string; score: number } | undefined;
  for (const b of boxes) {
    if (b.id === fromId) continue;
    const dx = b.x + b.width / 2 - cx;
    const dy = b.y + b.height / 2 - cy;
    const [along, across] =
      direction === 'right'
        ? [dx, dy]
        : direction === 'left'
          ? [-dx, dy]
          : direction === 'down'
            ? [dy, dx]
            : [-dy, dx];
    if (along <= 0) continue;
    // Off to the side counts double, so the object in line wins over a nearer one beside it.
    const score = along + 2 * Math.abs(across);
    if (!best || score < best.score) best = { id: b.id, score };
  }
  return best?.id;
}
