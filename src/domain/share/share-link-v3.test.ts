import { describe, expect, it } from 'vitest';
import {
  createDesign,
  createFirewall,
  createGateway,
  createRouteTable,
  createVnet,
} from '../model/factories';
import { parseDesign } from '../model/load';
import type { Design } from '../model/schema';
import { hubAndSpoke } from '../samples/hub-and-spoke';
import { encodeBase64url } from './base64url';
import { deflateRaw } from './deflate';
import { linkVersions } from './link-versions';
import { encodePayloadV2 } from './payload-v2';
import { decodeShareLink, encodeShareFragment } from './share-link';

const open = async (fragment: string) => decodeShareLink(`https://vnet-studio.example/#${fragment}`);

/** A link of version 3 carrying `payload` as it is, to test what the decoder does with it. */
function linkV3(payload: unknown): string {
  const v3 = linkVersions.find((v) => v.version === 3);
  if (!v3) throw new Error('no link version 3');
  const bytes = deflateRaw(new TextEncoder().encode(JSON.stringify(payload)), v3.dictionary);
  return `d3.${encodeBase64url(bytes)}`;
}

function checked(design: Design): Design {
  const opened = parseDesign(design);
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  return opened.design;
}

/** A VNet with a firewall and a route table naming it, and nothing else. */
function routedToFirewall(): Design {
  return checked(
    createDesign({
      vnets: [createVnet({ id: 'vnet-hub' })],
      firewalls: [createFirewall({ id: 'afw', vnetId: 'vnet-hub', privateIp: '10.0.1.4' })],
      routeTables: [
        createRouteTable({
          id: 'rt',
          routes: [
            { name: 'a', addressPrefix: '10.9.0.0/16', nextHopType: 'VnetLocal' },
            {
              name: 'b',
              addressPrefix: '0.0.0.0/0',
              nextHopType: 'VirtualAppliance',
              nextHopFirewallId: 'afw',
            },
          ],
        }),
      ],
    }),
  );
}

describe('share links of version 3', () => {
  it('carry the hub objects and the routes that name a firewall, which a v2 link would drop', async () => {
    for (const design of [hubAndSpoke(), routedToFirewall()]) {
      const fragment = await encodeShareFragment(design);
      expect(fragment.startsWith('d3.')).toBe(true);
      expect(await open(fragment)).toStrictEqual({ ok: true, design, version: 3 });
    }
  });

  it('are written only when the design has hub objects or route references', async () => {
    const plain = checked(createDesign({ vnets: [createVnet({ id: 'v' })] }));
    expect((await encodeShareFragment(plain)).startsWith('d1.')).toBe(true);
    const gatewayOnly = checked({ ...plain, gateways: [createGateway({ id: 'g', vnetId: 'v' })] });
    expect((await encodeShareFragment(gatewayOnly)).startsWith('d3.')).toBe(true);
  });

  it('refuse hub payloads that name no VNet, no route or no firewall, with a typed error', async () => {
    const design = routedToFirewall();
    const body = encodePayloadV2(design);
    const bad = [
      [[['afw', 5]]], // a VNet position past the end
      [0, [['vgw', 'x', 9]]], // a gateway type index past the end
      [[['afw', 0]], 0, 0, [[0, 7, 0]]], // route 7 of table 0
      [[['afw', 0]], 0, 0, [[3, 0, 0]]], // table 3
      [[['afw', 0]], 0, 0, [[0, 1, 4]]], // firewall 4
      [[['afw', 0]], 0, 0, 0, [0, 0]], // two positions for one object
      [[['afw', 0, 0, 0, '10.0.1.4', 0, 2]]], // existing mark other than 0 or 1
      'x',
    ];
    for (const hub of bad) {
      const result = await open(linkV3([body, hub]));
      expect(result.ok, JSON.stringify(hub)).toBe(false);
      if (!result.ok) expect(result.message.length, JSON.stringify(hub)).toBeGreaterThan(10);
    }
    expect((await open(linkV3([body]))).ok).toBe(false);
    // The same payload with a sound hub part opens.
    expect((await open(linkV3([body, [[['afw', 0, 0, 0, '10.0.1.4']], 0, 0, [[0, 1, 0]]]]))).ok).toBe(true);
  });
});
