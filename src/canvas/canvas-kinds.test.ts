import { describe, expect, it } from 'vitest';
import { type Kind, kindList, kinds } from '../domain/model/kinds';
import { paletteItems } from '../panels/palette/palette-items';
import { COLUMN_X, canvasKinds, collectionOfKind, LAYOUT_LAYER, NODE_SIZE, nodeKinds } from './canvas-kinds';
import { kindIcons } from './icons';
import { diagramLegend } from './image-export/legend';
import { nodeComponents, nodeTypes } from './node-types';
import { hubKinds } from './vnet-children';

/** Kinds drawn as something other than a node. */
const edgeKinds: readonly Kind[] = ['peering'];

describe("the canvas's table of kinds", () => {
  it('covers every kind of the registry that is drawn as a node, and nothing else', () => {
    expect([...nodeKinds].sort()).toEqual(kindList.filter((k) => !edgeKinds.includes(k)).sort());
    expect(Object.keys(canvasKinds).sort()).toEqual([...nodeKinds].sort());
  });

  it.each(kindList.filter((k) => !edgeKinds.includes(k)))('has every column for %s', (kind) => {
    const k = kind as (typeof nodeKinds)[number];
    expect(collectionOfKind[k]).toBe(kinds[k].collection);
    expect(nodeComponents[k]).toBeDefined();
    expect(nodeTypes[k]).toBeDefined();
    expect(kindIcons[k]).toBeDefined();
    // A VNet is sized by its subnets; a subnet or hub object is placed inside its VNet.
    if (k !== 'vnet') expect(NODE_SIZE).toHaveProperty(k);
    if (k !== 'subnet' && !(hubKinds as readonly string[]).includes(k)) {
      expect(COLUMN_X).toHaveProperty(k);
      expect(LAYOUT_LAYER).toHaveProperty(k);
    }
    const legend = diagramLegend([{ type: k }], []);
    expect(legend).toEqual([
      { kind: 'node', key: k, label: kinds[k].label.one, colour: canvasKinds[k].accent, dashed: false },
    ]);
    // Private resources get one palette button per resource kind instead of one of their own.
    const entry = canvasKinds[k].palette;
    if (k === 'resource') expect(paletteItems.some((i) => i.group === 'resources')).toBe(true);
    else
      expect(paletteItems.find((i) => i.id === entry?.id)).toMatchObject({
        label: entry?.label,
        key: entry?.key,
      });
  });

  it('gives every palette shortcut to one item only', () => {
    const keys = paletteItems.map((i) => `${i.shift ? 'Shift+' : ''}${i.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
