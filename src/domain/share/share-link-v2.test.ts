import { describe, expect, it } from 'vitest';
import { createDesign, createNatGateway, createSubnet, createVnet } from '../model/factories';
import { parseDesign } from '../model/load';
import type { Design } from '../model/schema';
import { encodeBase64url } from './base64url';
import { deflateRaw } from './deflate';
import { linkVersions } from './link-versions';
import { encodePayloadV1 } from './payload-v1';
import { decodeShareLink, encodeShareFragment } from './share-link';

/** A hub that already exists in Azure, with a new subnet and a NAT gateway using an existing public IP. */
function withExisting(): Design {
  const opened = parseDesign(
    createDesign({
      id: 'existing-hub',
      name: 'Existing hub',
      vnets: [createVnet({ id: 'vnet-hub', existing: true })],
      subnets: [
        createSubnet({ id: 'snet-old', vnetId: 'vnet-hub', prefix: '10.0.0.0/24', existing: true }),
        createSubnet({ id: 'snet-new', vnetId: 'vnet-hub', prefix: '10.0.1.0/24' }),
      ],
      natGateways: [
        createNatGateway({
          id: 'nat',
          publicIps: [
            { name: 'pip-new', kind: 'Address', sku: 'Standard' },
            { name: 'pip-old', kind: 'Address', sku: 'Standard', existing: true },
          ],
        }),
      ],
    }),
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  return opened.design;
}

/** A link of version 2 carrying `payload` as it is, to test what the decoder does with it. */
function linkV2(payload: unknown): string {
  const v2 = linkVersions.find((v) => v.version === 2);
  if (!v2) throw new Error('no link version 2');
  const bytes = deflateRaw(new TextEncoder().encode(JSON.stringify(payload)), v2.dictionary);
  return `https://vnet-studio.example/#d2.${encodeBase64url(bytes)}`;
}

describe('share links of version 2', () => {
  it('carry the objects marked as existing in Azure, which a v1 link would drop', async () => {
    const design = withExisting();
    const fragment = await encodeShareFragment(design);
    expect(fragment.startsWith('d2.')).toBe(true);
    expect(await decodeShareLink(`https://vnet-studio.example/#${fragment}`)).toStrictEqual({
      ok: true,
      design,
      version: 2,
    });
  });

  it('leave designs with nothing marked existing as v1 links, unchanged', async () => {
    const { vnets, subnets, natGateways, ...rest } = withExisting();
    const plain = parseDesign(
      JSON.parse(
        JSON.stringify({ ...rest, vnets, subnets, natGateways }, (k, v) =>
          k === 'existing' ? undefined : v,
        ),
      ),
    );
    if (!plain.ok) throw new Error('unreadable');
    const fragment = await encodeShareFragment(plain.design);
    expect(fragment.startsWith('d1.')).toBe(true);
  });

  it('refuse marks that name no object, with a typed error', async () => {
    const body = encodePayloadV1(withExisting());
    for (const marks of [[[2, 5]], [[99, 0]], [[5, 0, 7]], [[2]], [['a', 0]], 'x']) {
      const result = await decodeShareLink(linkV2([body, marks]));
      expect(result.ok, JSON.stringify(marks)).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
    const wrongShape = await decodeShareLink(linkV2([body]));
    expect(wrongShape.ok).toBe(false);
  });
});
