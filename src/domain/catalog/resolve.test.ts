import { describe, expect, it } from 'vitest';
import { resolveGeography, resolveRegion } from './regions';

describe('typed catalogue values', () => {
  it('resolves a geography by location string, alias or label, in any case', () => {
    expect(resolveGeography('United States')?.policyLocation).toBe('unitedstates');
    expect(resolveGeography('  united states ')?.policyLocation).toBe('unitedstates');
    expect(resolveGeography('unitedstates')?.policyLocation).toBe('unitedstates');
    expect(resolveGeography('United Kingdom')?.policyLocation).toBe('uk');
    expect(resolveGeography('Atlantis')).toBeUndefined();
  });

  it('resolves a region by name or display name', () => {
    expect(resolveRegion('East US')).toBe('eastus');
    expect(resolveRegion('eastus')).toBe('eastus');
    expect(resolveRegion('west us 2')).toBe('westus2');
    expect(resolveRegion('Middle Earth')).toBeUndefined();
  });
});
