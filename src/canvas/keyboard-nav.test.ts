import { describe, expect, it } from 'vitest';
import { type NavBox, nearestInDirection } from './keyboard-nav';

const box = (id: string, x: number, y: number): NavBox => ({ id, x, y, width: 100, height: 50 });

describe('arrow-key navigation between canvas objects', () => {
  // a   b   c
  // d       e
  const boxes = [box('a', 0, 0), box('b', 200, 0), box('c', 400, 0), box('d', 0, 200), box('e', 400, 180)];

  it('goes to the nearest object in line in each direction', () => {
    expect(nearestInDirection(boxes, 'a', 'right')).toBe('b');
    expect(nearestInDirection(boxes, 'b', 'right')).toBe('c');
    expect(nearestInDirection(boxes, 'c', 'left')).toBe('b');
    expect(nearestInDirection(boxes, 'a', 'down')).toBe('d');
    expect(nearestInDirection(boxes, 'e', 'up')).toBe('c');
    expect(nearestInDirection(boxes, 'd', 'right')).toBe('e');
  });

  it('stops at the edge and starts from the first object when the focus is elsewhere', () => {
    expect(nearestInDirection(boxes, 'a', 'left')).toBeUndefined();
    expect(nearestInDirection(boxes, 'a', 'up')).toBeUndefined();
    expect(nearestInDirection(boxes, 'missing', 'down')).toBe('a');
  });
});
