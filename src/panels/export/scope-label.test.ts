import { describe, expect, it } from 'vitest';
import { scopeLabel } from './scope-label';

describe('scopeLabel', () => {
  it('names the resource group and its place', () => {
    const scopes = ['sub-a/rg-policy', 'sub-a/rg-spokes'];
    expect(scopes.map((s, i) => scopeLabel(s, i, scopes))).toEqual([
      '1 of 2: rg-policy',
      '2 of 2: rg-spokes',
    ]);
  });

  it('adds the start of the subscription when there are several', () => {
    const scopes = ['11111111-1111-1111-1111-111111111111/rg', '22222222-2222-2222-2222-222222222222/rg'];
    expect(scopeLabel(scopes[1] as string, 1, scopes)).toBe('2 of 2: rg (subscription 22222222…)');
  });
});
