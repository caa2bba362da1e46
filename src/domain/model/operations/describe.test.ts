import { describe, expect, it } from 'vitest';
import { sampleDesigns } from '../../samples';
import { whitepaperScenario1 } from '../../samples/whitepaper-scenario-1';
import { createSubnet } from '../factories';
import { hubDesign } from '../hub.fixtures';
import { allReferences, kinds, referencedIds } from '../kinds';
import { describeRemoval, describeStep } from './describe';
import { addEntity, removeEntities, renameDesign, setPositions, updateEntity } from './entities';

describe('describeRemoval', () => {
  it('names a VNet, counts its subnets and peering, and names the resources that go with them', () => {
    const d = whitepaperScenario1();
    expect(describeRemoval(d, ['vnet1'])).toBe(
      'vnet1-westus, its 2 subnets, its peering and sql-contoso-orders',
    );
  });

  it('names a single subnet of a VNet, and connections removed with objects', () => {
    const d = whitepaperScenario1();
    expect(describeRemoval(d, ['vnet2'], 2)).toBe(
      'vnet2-eastus, its subnet snet-powerplatform, its peering and 2 connections',
    );
  });

  it('names a subnet and the resource placed in it', () => {
    expect(describeRemoval(whitepaperScenario1(), ['snet-data-wus'])).toBe(
      'snet-data and sql-contoso-orders',
    );
  });

  it('names a peering by its VNets, and plain objects by name', () => {
    const d = whitepaperScenario1();
    expect(describeRemoval(d, ['peer-vnet1-vnet2', 'env-uat'])).toBe(
      'Contoso UAT and the peering of vnet1-westus and vnet2-eastus',
    );
  });

  it.each(allReferences.filter((r) => r.contained).map((r) => [r.holder, r.target, r] as const))(
    'counts a %s under the %s it is drawn inside (registry-derived, for every contained reference)',
    (holder, _target, ref) => {
      // A sample (or the hub fixture) holding an object of this kind inside another.
      const found = [...sampleDesigns.map((s) => s.create()), hubDesign()]
        .flatMap((design) =>
          (design[kinds[holder].collection] as ReadonlyArray<{ id: string; name?: string }>).map(
            (object) => ({ design, object, container: referencedIds(object, ref)[0] }),
          ),
        )
        .find((x) => x.container !== undefined);
      expect(found, `no sample holds a ${holder}`).toBeDefined();
      const { design, object, container } = found as NonNullable<typeof found>;
      const words = describeRemoval(design, [container as string]);
      const { noun } = kinds[holder];
      expect(words).toMatch(new RegExp(`its (${noun.one} ${object.name ?? object.id}|\\d+ ${noun.many})`));
    },
  );

  it('counts only connections when no object is removed', () => {
    expect(describeRemoval(whitepaperScenario1(), [], 1)).toBe('1 connection');
  });
});

describe('describeStep', () => {
  const d = whitepaperScenario1();

  it('says what an addition, a deletion, an edit and a move did', () => {
    const added = addEntity(d, 'subnets', createSubnet({ id: 'x', vnetId: 'vnet1', name: 'snet-new' }));
    expect(describeStep(d, added)).toBe('adding snet-new');
    expect(describeStep(added, d)).toBe('deleting snet-new');
    expect(describeStep(d, removeEntities(d, ['vnet2']))).toBe(
      'deleting vnet2-eastus, snet-powerplatform and peer-vnet1-vnet2',
    );
    expect(describeStep(d, updateEntity(d, 'vnets', 'vnet1', { name: 'vnet-hub' }))).toBe('editing vnet-hub');
    const moved = setPositions(d, { 'env-prod': { x: 999 } });
    expect(describeStep(d, moved)).toBe('moving Contoso Production');
    expect(describeStep(d, renameDesign(d, 'Other'))).toBe('editing the design’s name or description');
  });

  it('shortens long lists', () => {
    const all = d.environments
      .map((e) => e.id)
      .concat(
        d.policies.map((p) => p.id),
        d.vnets.map((v) => v.id),
      );
    const step = describeStep(d, removeEntities(d, all));
    expect(step).toMatch(/^deleting Contoso Production, Contoso UAT and \d+ more$/);
  });
});
