import { describe, expect, it } from 'vitest';
import { setPositions, updateEntity } from '../../domain/model/operations';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { findingsOf } from './findings-of';

describe('findingsOf', () => {
  it('returns the same findings while only the layout changes, new ones after an entity edit', () => {
    const design = updateEntity(whitepaperScenario1(), 'subnets', 'snet-pp-eus', { prefix: '10.20.0.0/25' });
    const first = findingsOf(design);
    expect(first.some((f) => f.ruleId === 'POL008')).toBe(true);
    expect(findingsOf(setPositions(design, { vnet1: { x: 5, y: 5 } }))).toBe(first);
    const fixed = updateEntity(design, 'subnets', 'snet-pp-eus', { prefix: '10.20.0.0/24' });
    expect(findingsOf(fixed)).not.toBe(first);
    expect(findingsOf(fixed).some((f) => f.ruleId === 'POL008')).toBe(false);
  });
});
