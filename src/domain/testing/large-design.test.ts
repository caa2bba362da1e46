import { describe, expect, it } from 'vitest';
import { DesignSchema } from '../model/schema';
import { createLargeDesign } from './large-design';

describe('createLargeDesign', () => {
  it('has the benchmark counts, is schema-valid and deterministic', () => {
    const d = createLargeDesign(1);
    expect([
      d.environments.length,
      d.policies.length,
      d.vnets.length,
      d.subnets.length,
      d.peerings.length,
      d.resources.length,
    ]).toEqual([200, 60, 300, 3000, 600, 300]);
    expect(DesignSchema.safeParse(d).success).toBe(true);
    expect(createLargeDesign(1)).toEqual(d);
  });

  it('scales every count by ten', () => {
    const d = createLargeDesign(10);
    expect([d.environments.length, d.vnets.length, d.subnets.length, d.peerings.length]).toEqual([
      2000, 3000, 30000, 6000,
    ]);
  });
});
