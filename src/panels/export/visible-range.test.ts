import { describe, expect, it } from 'vitest';
import { visibleRange } from './visible-range';

describe('visibleRange', () => {
  it('covers the view and the overscan at the top', () => {
    expect(visibleRange(0, 400, 10_000, 20, 12, 10)).toEqual({ start: 0, end: 30 });
  });

  it('follows the scroll position', () => {
    // 2,000 px down with a 12 px top padding: line 99 is the first in view
    expect(visibleRange(2000, 400, 10_000, 20, 12, 10)).toEqual({ start: 89, end: 130 });
  });

  it('clamps to the listing at the end and for short listings', () => {
    expect(visibleRange(1_000_000, 400, 100, 20, 0, 10)).toEqual({ start: 100, end: 100 });
    expect(visibleRange(0, 400, 5, 20)).toEqual({ start: 0, end: 5 });
    expect(visibleRange(0, 400, 0, 20)).toEqual({ start: 0, end: 0 });
  });

  it('never returns a range for a hidden scroller beyond the overscan', () => {
    expect(visibleRange(0, 0, 10_000, 20, 0, 5)).toEqual({ start: 0, end: 5 });
  });
});
