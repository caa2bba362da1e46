import { describe, expect, it } from 'vitest';
import { facingAnchors } from './floating-path';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });

describe('facingAnchors', () => {
  it('joins the facing left/right sides of objects side by side', () => {
    expect(facingAnchors(box(0, 0), box(300, 20))).toEqual({
      sx: 100,
      sy: 25,
      tx: 300,
      ty: 45,
      sourceSide: 'right',
      targetSide: 'left',
    });
    expect(facingAnchors(box(300, 0), box(0, 0))).toMatchObject({ sourceSide: 'left', targetSide: 'right' });
  });

  it('joins top and bottom of stacked objects', () => {
    expect(facingAnchors(box(0, 0), box(10, 200))).toMatchObject({
      sx: 50,
      sy: 50,
      tx: 60,
      ty: 200,
      sourceSide: 'bottom',
      targetSide: 'top',
    });
    expect(facingAnchors(box(0, 200), box(0, 0))).toMatchObject({ sourceSide: 'top', targetSide: 'bottom' });
  });
});
