import { describe, expect, it } from 'vitest';
import type { StudioNode } from './flow-adapter';
import { startTween, TWEEN_MAX, tweenFrame } from './node-tween';

const node = (id: string, x: number, y: number): StudioNode =>
  ({ id, type: 'environment', position: { x, y }, data: {} }) as StudioNode;

describe('node glide', () => {
  it('glides moved nodes from where they are shown to their new place, and leaves the rest alone', () => {
    const shown = [node('a', 0, 0), node('b', 100, 100)];
    const next = [node('a', 0, 0), node('b', 100, 300)];
    const tween = startTween(shown, next);
    expect(tween?.from.get('b')).toEqual({ x: 100, y: 100 });
    if (!tween) throw new Error('no glide');
    const start = tweenFrame(next, tween, 0);
    expect(start[0]).toBe(next[0]);
    expect(start[1]?.position).toEqual({ x: 100, y: 100 });
    const middle = tweenFrame(next, tween, 0.5)[1]?.position.y ?? 0;
    expect(middle).toBeGreaterThan(100);
    expect(middle).toBeLessThan(300);
    expect(tweenFrame(next, tween, 1)[1]?.position).toEqual({ x: 100, y: 300 });
  });

  it('does not glide when nothing moved, nor when too many objects moved (they jump)', () => {
    expect(startTween([node('a', 0, 0)], [node('a', 0, 0)])).toBeUndefined();
    const many = Array.from({ length: TWEEN_MAX + 1 }, (_, i) => node(`n${i}`, 0, i));
    expect(
      startTween(
        many,
        many.map((n) => node(n.id, 10, n.position.y)),
      ),
    ).toBeUndefined();
  });
});
