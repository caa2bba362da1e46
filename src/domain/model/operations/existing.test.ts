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

describe('which objects can be existing', () => {
  it('is every kind of the registry but environments', async () => {
    const { entityCollections } = await import('../kinds');
    const { canBeExisting } = await import('./existing');
    expect(entityCollections.filter((c) => !canBeExisting(c))).toEqual(['environments']);
    expect(entityCollections.filter(canBeExisting)).toContain('firewalls');
  });
});

describe('the validator and existing objects', () => {
  it('checks existing objects like any other: marking everything existing changes no finding', async () => {
    const { validateDesign } = await import('../../rules/validate');
    const { whitepaperScenario1 } = await import('../../samples/whitepaper-scenario-1');
    const d = whitepaperScenario1();
    const broken = { ...d, subnets: d.subnets.map((s) => ({ ...s, prefix: '10.0.0.0/33' })) };
    let marked = broken;
    for (const c of [
      'vnets',
      'subnets',
      'policies',
      'nsgs',
      'routeTables',
      'natGateways',
      'peerings',
    ] as const)
      for (const o of broken[c]) marked = setExisting(marked, o.id, true);
    const ids = (x: typeof d) => validateDesign(x).map((f) => `${f.ruleId} ${f.objectIds.join(',')}`);
    expect(ids(broken).length).toBeGreaterThan(0);
    expect(ids(marked)).toEqual(ids(broken));
  });
});
