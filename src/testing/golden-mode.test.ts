import { describe, expect, it } from 'vitest';
import { goldenUpdateRequested } from './golden-mode';

describe('UPDATE_GOLDEN', () => {
  it('rewrites golden files only when asked, and never under CI', () => {
    expect(goldenUpdateRequested({})).toBe(false);
    expect(goldenUpdateRequested({ UPDATE_GOLDEN: '0' })).toBe(false);
    expect(goldenUpdateRequested({ UPDATE_GOLDEN: '1' })).toBe(true);
    expect(goldenUpdateRequested({ CI: 'true' })).toBe(false);
    expect(() => goldenUpdateRequested({ UPDATE_GOLDEN: '1', CI: 'true' })).toThrow(/refused under CI/);
  });
});
