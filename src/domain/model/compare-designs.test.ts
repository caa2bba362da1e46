import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { compareDesigns } from './compare-designs';
import { createSubnet } from './factories';

describe('comparing two versions of a design', () => {
  it('finds nothing between equal versions', () => {
    expect(compareDesigns(whitepaperScenario1(), whitepaperScenario1())).toEqual([]);
  });

  it('names objects only in one version, changed objects, moved objects and a renamed design', () => {
    const mine = whitepaperScenario1();
    const [vnet, other] = mine.vnets;
    const [first] = mine.subnets;
    if (!vnet || !other || !first) throw new Error('scenario 1 has two VNets and a subnet');
    const added = createSubnet({ id: 'snet-new', vnetId: vnet.id, name: 'snet-new', prefix: '10.9.0.0/24' });
    const theirs = {
      ...mine,
      name: 'Their name',
      vnets: [{ ...vnet, name: 'renamed' }, other],
      subnets: [...mine.subnets.slice(1), added],
      layout: { ...mine.layout, [other.id]: { x: 999, y: 999 } },
    };
    const diff = compareDesigns(mine, theirs);
    expect(diff).toEqual([
      { collection: 'design', id: mine.id, name: 'Their name', kind: 'changed' },
      { collection: 'vnets', id: vnet.id, name: 'renamed', kind: 'changed' },
      { collection: 'vnets', id: other.id, name: other.name, kind: 'changed' },
      { collection: 'subnets', id: 'snet-new', name: 'snet-new', kind: 'only-second' },
      { collection: 'subnets', id: first.id, name: first.name, kind: 'only-first' },
    ]);
  });
});
