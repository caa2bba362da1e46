import { describe, expect, it } from 'vitest';
import { whitepaperScenario2 } from '../samples/whitepaper-scenario-2';
import { encodeBase64url } from './base64url';
import { deflateRaw } from './deflate';
import { DICTIONARY_V1 } from './dictionary-v1';
import { encodePayloadV1 } from './payload-v1';
import { decodeShareLink, encodeShareFragment, MAX_LINK_TEXT } from './share-link';

const dictionary = new TextEncoder().encode(DICTIONARY_V1);
const packText = (text: string) =>
  `d1.${encodeBase64url(deflateRaw(new TextEncoder().encode(text), dictionary))}`;
const pack = (payload: unknown) => packText(JSON.stringify(payload));
/** A v1 payload with the given entities at their positions: [id, name, description, envs, policies, vnets, subnets, ...]. */
const payloadWith = (...rest: unknown[]) => ['d', 'Design', 0, ...rest];

async function expectError(input: string, code: string) {
  const result = await decodeShareLink(input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.code).toBe(code);
    expect(result.message.length).toBeGreaterThan(10);
  }
  return result;
}

describe('share link decoder errors are typed, never thrown', () => {
  it('refuses an empty link', async () => {
    await expectError('', 'empty');
    await expectError('https://vnet-studio.example/#', 'empty');
  });

  it('refuses text that is not a share link', async () => {
    await expectError('hello', 'not-a-link');
    await expectError('https://vnet-studio.example/#section-2', 'not-a-link');
    await expectError('d0.AAAA', 'not-a-link');
  });

  it('refuses a link from a newer version with a clear message', async () => {
    const r = await expectError('d4.q1YqSk1JVQIA', 'newer-version');
    if (!r.ok) expect(r.message).toMatch(/newer VNet Studio/);
  });

  it('refuses broken base64url', async () => {
    await expectError('d1.', 'bad-base64');
    await expectError('d1.ab+c', 'bad-base64');
    await expectError('d1.abcde', 'bad-base64');
    await expectError('d1.ab%20c', 'bad-base64');
  });

  it('refuses data that is not deflate, and truncated links', async () => {
    await expectError(`d1.${encodeBase64url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`, 'not-deflate');
    const fragment = await encodeShareFragment(whitepaperScenario2());
    const cut = fragment.slice(0, Math.floor(fragment.length / 2));
    const r = await decodeShareLink(cut.length % 4 === 1 ? cut.slice(0, -1) : cut);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['not-deflate', 'bad-base64']).toContain(r.code);
  });

  it('refuses a decompression bomb while inflating, before parsing', async () => {
    const bomb = packText(`[${' '.repeat(20 * 1024 * 1024)}]`);
    expect(bomb.length).toBeLessThan(40_000);
    await expectError(bomb, 'too-large');
  });

  it('refuses absurdly long link text without decoding it', async () => {
    await expectError(`d1.${'A'.repeat(MAX_LINK_TEXT)}`, 'too-large');
  });

  it('refuses a payload that is not JSON or not UTF-8', async () => {
    await expectError(packText('{not json'), 'invalid-json');
    await expectError(
      `d1.${encodeBase64url(deflateRaw(new Uint8Array([0x5b, 0xff, 0x5d]), dictionary))}`,
      'invalid-json',
    );
  });

  it('refuses wrong types with the path of the value', async () => {
    await expectError(pack({ id: 'd' }), 'wrong-type');
    const r = await expectError(pack(payloadWith([['env-1', 0, 99]])), 'wrong-type');
    if (!r.ok) expect(r.message).toContain('$.environments[0].type');
    await expectError(pack(payloadWith('not a list')), 'wrong-type');
    await expectError(pack([1, 'name']), 'wrong-type');
    await expectError(pack(payloadWith(0, 0, 0, [['s', 0, 0, 0, 0, 0, 0, 0, 0, 0, 'extra']])), 'wrong-type');
  });

  it('refuses an id left out where no numbered id precedes it', async () => {
    const r = await expectError(pack(payloadWith(0, 0, [[0, 'vnet', 'eastus']])), 'wrong-type');
    if (!r.ok) expect(r.message).toContain('$.vnets[0]');
  });

  it('refuses dangling references and duplicate ids', async () => {
    await expectError(pack(payloadWith(0, 0, 0, [['snet-1', 3]])), 'dangling-reference');
    await expectError(pack(payloadWith(0, 0, 0, [['snet-1', 'vnet-x']])), 'dangling-reference');
    const r = await expectError(
      pack(
        payloadWith(0, 0, [
          ['vnet-1', 0, 'eastus'],
          ['vnet-1', 0, 'westus'],
        ]),
      ),
      'duplicate-id',
    );
    if (!r.ok) expect(r.issues?.[0]?.path).toBe('$.vnets[1].id');
  });

  it('refuses absurd counts and very long strings', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => [`e${i}`]);
    await expectError(pack(payloadWith(many)), 'too-many');
    const split = (p: string) => Array.from({ length: 4500 }, (_, i) => [`${p}${i}`]);
    await expectError(
      pack(['d', 'D', 0, 0, 0, split('v'), 0, 0, split('n'), split('g'), split('t'), 0, split('z')]),
      'too-many-entities',
    );
    await expectError(pack(['d', 'x'.repeat(5000)]), 'too-long');
    await expectError(pack(['d', 'x'.repeat(300)]), 'schema');
  });

  it('never lets __proto__, constructor or prototype pollute anything', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const payload = payloadWith([[key, key]], 0, [[key, 0, 'eastus']], 0, 0, 0, 0, 0, 0, 0, [
        [1, 2],
        [3, 4],
      ]);
      const r = await decodeShareLink(pack(payload));
      // Two objects share the id, so the design is refused; nothing leaks either way.
      expect(r.ok).toBe(false);
      const single = await decodeShareLink(
        pack(['d', 'D', 0, 0, 0, [[key, 0, 'eastus']], 0, 0, 0, 0, 0, 0, 0, [[5, 6]]]),
      );
      // Prototype names are not valid ids: a typed refusal, and nothing leaks.
      expect(single).toMatchObject({ ok: false });
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    }
    const probe: Record<string, unknown> = {};
    expect(probe.x).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });

  it('opens a payload it did not write but that is well formed', async () => {
    const r = await decodeShareLink(pack(encodePayloadV1(whitepaperScenario2())));
    expect(r.ok && r.design).toStrictEqual(whitepaperScenario2());
  });
});
