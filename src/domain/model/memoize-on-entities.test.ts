import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { memoizeOnEntities } from './memoize-on-entities';
import { setPositions, updateEntity } from './operations';

describe('memoizeOnEntities', () => {
  it('reuses the result while only the layout changes and recomputes after an entity edit', () => {
    let calls = 0;
    const count = memoizeOnEntities((d) => {
      calls++;
      return { vnets: d.vnets.length };
    });
    const d1 = whitepaperScenario1();
    const first = count(d1);
    expect(count(d1)).toBe(first);
    const moved = setPositions(d1, { vnet1: { x: 999 } });
    expect(count(moved)).toBe(first);
    expect(calls).toBe(1);
    const edited = updateEntity(moved, 'vnets', 'vnet1', { name: 'vnet-x' });
    expect(count(edited)).not.toBe(first);
    expect(calls).toBe(2);
  });
});
