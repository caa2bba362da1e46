import { describe, expect, it } from 'vitest';
import { createDesign, createVnet } from '../model/factories';
import { nextInSequence, sequenceIds } from './collection-codec';
import { encodePayloadV1 } from './payload-v1';
import { decodeShareLink, encodeShareLink } from './share-link';

describe('numbered ids', () => {
  it('continue a trailing number', () => {
    expect(nextInSequence('snet-7')).toBe('snet-8');
    expect(nextInSequence('vnet9')).toBe('vnet10');
    expect(nextInSequence('a-0')).toBe('a-1');
    expect(nextInSequence('x-007')).toBe('x-008');
    expect(nextInSequence('hub')).toBeUndefined();
    expect(nextInSequence(undefined)).toBeUndefined();
  });

  it('are resolved in payload order, text ids resetting the sequence', () => {
    expect(sequenceIds([['vnet-1'], [0], [], ['hub'], [0], ['x-9'], [0, 'name']])).toEqual([
      'vnet-1',
      'vnet-2',
      'vnet-3',
      'hub',
      undefined,
      'x-9',
      'x-10',
    ]);
  });

  it('cost nothing when they follow each other, and survive gaps and mixed names', async () => {
    const ids = ['vnet-1', 'vnet-2', 'vnet-4', 'hub', 'vnet-5', 'vnet-6', 'x-09', 'x-010', 'x-10'];
    const design = createDesign({ vnets: ids.map((id) => createVnet({ id })) });
    const vnets = (encodePayloadV1(design) as unknown[])[5] as unknown[][];
    expect(vnets.map((v) => v[0] ?? 0)).toEqual([
      'vnet-1',
      0,
      'vnet-4',
      'hub',
      'vnet-5',
      0,
      'x-09',
      0,
      'x-10',
    ]);
    const back = await decodeShareLink(await encodeShareLink(design, 'https://x.example/'));
    expect(back.ok && back.design.vnets.map((v) => v.id)).toEqual(ids);
  });
});
