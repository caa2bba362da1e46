import { describe, expect, it } from 'vitest';
import { createDesign, createEnvironment, createSubnet, createVnet } from '../factories';
import { isExisting, setExisting } from './existing';

const design = () =>
  createDesign({
    environments: [createEnvironment({ id: 'env' })],
    vnets: [createVnet({ id: 'v' })],
    subnets: [createSubnet({ id: 's', vnetId: 'v' })],
  });

describe('marking objects as existing in Azure', () => {
  it('sets the flag on one object and nothing else', () => {
    const d = setExisting(design(), 'v', true);
    expect(d.vnets[0]?.existing).toBe(true);
    expect(isExisting(d, 'v')).toBe(true);
    expect(isExisting(d, 's')).toBe(false);
  });

  it('removes the key when the object is new again, as files write it', () => {
    const d = setExisting(setExisting(design(), 's', true), 's', false);
    expect(d.subnets[0]).not.toHaveProperty('existing');
    expect(isExisting(d, 's')).toBe(false);
  });

  it('returns the same design when nothing changes, for environments and for unknown ids', () => {
    const d = design();
    expect(setExisting(d, 'v', false)).toBe(d);
    expect(setExisting(d, 'env', true)).toBe(d);
    expect(setExisting(d, 'nope', true)).toBe(d);
    expect(isExisting(d, 'env')).toBe(false);
  });
});
