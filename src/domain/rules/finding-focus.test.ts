import { describe, expect, it } from 'vitest';
import { findingFocus } from './finding-focus';

describe('findingFocus', () => {
  it('selects the main culprit and keeps the rest of the chain as context, once each', () => {
    expect(findingFocus({ objectIds: ['sql', 'vnet-w', 'env', 'vnet-w', 'sql', 'pol'] })).toEqual({
      fix: ['sql'],
      context: ['vnet-w', 'env', 'pol'],
    });
  });

  it('has nothing to show for a finding without objects', () => {
    expect(findingFocus({ objectIds: [] })).toEqual({ fix: [], context: [] });
  });
});
