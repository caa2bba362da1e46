import { describe, expect, it } from 'vitest';
import { createNsg, createPeeringLink } from '../domain/model/factories';
import { addEntity, updateEntity } from '../domain/model/operations';
import type { Design } from '../domain/model/schema';
import { sampleDesigns } from '../domain/samples';
import { hubAndSpoke } from '../domain/samples/hub-and-spoke';
import { sameCanvas } from './canvas-changes';
import { buildEdges, buildNodes } from './flow-adapter';

const none = new Set<string>();
/** What the adapter draws, as plain data. */
const drawn = (d: Design) => JSON.stringify([buildNodes(d, none), buildEdges(d, none, none)]);

class MissingObject extends Error {}
const first = <T>(list: readonly T[]): T => {
  const x = list[0];
  if (x === undefined) throw new MissingObject('The sample has no such object.');
  return x;
};

/** Edits of the first object of each kind, each with whether the canvas draws it. */
const edits: ReadonlyArray<{ name: string; drawn: boolean; edit: (d: Design) => Design }> = [
  {
    name: 'a subnet prefix',
    drawn: false,
    edit: (d) => updateEntity(d, 'subnets', first(d.subnets).id, { prefix: '10.99.0.0/24' }),
  },
  {
    name: 'a subnet occupant',
    drawn: false,
    edit: (d) =>
      updateEntity(d, 'subnets', first(d.subnets).id, {
        occupants: [{ kind: 'Other', name: 'appliance', count: 3 }],
      }),
  },
  {
    name: 'a VNet region',
    drawn: false,
    edit: (d) => updateEntity(d, 'vnets', first(d.vnets).id, { region: 'uksouth' }),
  },
  {
    name: 'an environment type',
    drawn: false,
    edit: (d) =>
      updateEntity(d, 'environments', first(d.environments).id, (e) => ({
        ...e,
        type: e.type === 'Sandbox' ? 'Production' : 'Sandbox',
      })),
  },
  {
    name: 'a subnet name',
    drawn: true,
    edit: (d) => updateEntity(d, 'subnets', first(d.subnets).id, { name: 'x' }),
  },
  {
    name: "a subnet's VNet",
    drawn: true,
    edit: (d) =>
      updateEntity(d, 'subnets', first(d.subnets).id, { vnetId: (d.vnets[1] ?? first(d.vnets)).id }),
  },
  {
    name: "a subnet's NSG",
    drawn: true,
    edit: (d) =>
      updateEntity(addEntity(d, 'nsgs', createNsg({ id: 'nsg-new' })), 'subnets', first(d.subnets).id, {
        nsgId: 'nsg-new',
      }),
  },
  {
    name: "a policy's subnet order",
    drawn: true,
    edit: (d) =>
      updateEntity(d, 'policies', first(d.policies).id, (p) => ({
        ...p,
        subnetIds: [...p.subnetIds].reverse(),
      })),
  },
  {
    name: 'a peering made one-way',
    drawn: true,
    edit: (d) => updateEntity(d, 'peerings', first(d.peerings).id, { bToA: null, aToB: createPeeringLink() }),
  },
  {
    name: 'a position',
    drawn: true,
    edit: (d) => ({ ...d, layout: { ...d.layout, [first(d.vnets).id]: { x: 12_340, y: 5_670 } } }),
  },
  { name: 'a new NSG', drawn: true, edit: (d) => addEntity(d, 'nsgs', createNsg({ id: 'nsg-extra' })) },
];

describe('sameCanvas', () => {
  it.each(edits.map((e) => [e.name, e] as const))('%s', (_name, { drawn: expected, edit }) => {
    const before = hubAndSpoke();
    const after = edit(before);
    expect(after).not.toBe(before);
    expect(sameCanvas(before, after)).toBe(!expected);
    // The adapter agrees: what it draws changes exactly when sameCanvas says so.
    expect(drawn(after) === drawn(before)).toBe(!expected);
  });

  it.each(sampleDesigns.map((s) => [s.key, s] as const))(
    'never calls a drawn change the same canvas in %s',
    (_key, sample) => {
      const before = sample.create();
      expect(sameCanvas(before, before)).toBe(true);
      for (const { edit } of edits) {
        let after: Design;
        try {
          after = edit(before);
        } catch (e) {
          if (e instanceof MissingObject) continue; // this sample has no object of that kind
          throw e;
        }
        if (sameCanvas(before, after)) expect(drawn(after)).toBe(drawn(before));
      }
    },
  );
});
