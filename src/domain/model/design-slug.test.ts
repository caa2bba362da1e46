import { describe, expect, it } from 'vitest';
import { designSlug } from './design-slug';

describe('designSlug', () => {
  it('makes the name a safe, lower-case file stem', () => {
    expect(designSlug({ name: 'Hub and spoke' })).toBe('hub-and-spoke');
    expect(designSlug({ name: '  Réseau: São Paulo / prod  ' })).toBe('reseau-sao-paulo-prod');
    expect(designSlug({ name: '../../etc/passwd\u0000' })).toBe('etc-passwd');
  });
  it('falls back to `design` when nothing of the name is left, and keeps at most 80 characters', () => {
    expect(designSlug({ name: '' })).toBe('design');
    expect(designSlug({ name: '日本語' })).toBe('design');
    const long = designSlug({ name: `${'a'.repeat(79)} b` });
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-')).toBe(false);
  });
});
