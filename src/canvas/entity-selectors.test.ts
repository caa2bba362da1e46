import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { hubDesign } from '../domain/model/hub.fixtures';
import { setExisting, updateEntity } from '../domain/model/operations';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { createStudioStore } from '../store/studio-store';
import { selectBadge, selectExisting, selectSubnetUsage } from './entity-selectors';

describe('node selectors return plain values compared shallowly', () => {
  it('gives a subnet usage bar as an object, shallowly equal across an unrelated edit', () => {
    const store = createStudioStore(whitepaperScenario1());
    const subnet = store.getState().design.subnets[0] as { id: string };
    const before = selectSubnetUsage(subnet.id)(store.getState());
    expect(before).toEqual({
      percent: expect.any(Number),
      label: expect.any(String),
      tone: expect.any(String),
    });
    const vnet = store.getState().design.vnets[1] as { id: string };
    store.getState().apply((d) => updateEntity(d, 'vnets', vnet.id, { name: 'renamed' }));
    const after = selectSubnetUsage(subnet.id)(store.getState());
    expect(after).not.toBe(before);
    expect(shallow(after, before)).toBe(true);
  });

  it('gives a badge as severity and count', () => {
    const design = whitepaperScenario1();
    const broken = {
      ...design,
      subnets: design.subnets.map((s, i) => (i === 0 ? { ...s, prefix: 'nope' } : s)),
    };
    const store = createStudioStore(broken);
    const id = broken.subnets[0]?.id as string;
    expect(selectBadge(id)(store.getState())).toEqual({ severity: 'error', count: expect.any(Number) });
  });
});

describe('the existing mark', () => {
  it('shows on an object of any kind that can exist in Azure, hub objects included', () => {
    let design = hubDesign();
    for (const id of ['vnet-hub', 'snet-afw', 'afw-hub', 'vgw-er', 'bas-hub'])
      design = setExisting(design, id, true);
    const state = createStudioStore(design).getState();
    for (const id of ['vnet-hub', 'snet-afw', 'afw-hub', 'vgw-er', 'bas-hub'])
      expect(selectExisting(id)(state), id).toBe(true);
    for (const id of ['nva-hub', 'vgw-vpn', 'snet-gw']) expect(selectExisting(id)(state), id).toBe(false);
  });
});
