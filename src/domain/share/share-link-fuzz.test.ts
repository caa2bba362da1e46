/**
 * Fuzzing of everything that reads untrusted designs: share links (mutated real links, random text,
 * random and damaged payloads) and design files. 10,000 inputs; each must give a valid design or a
 * typed error, and nothing may throw or pollute a prototype.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importDesignJson, serializeDesign } from '../import/import-design';
import { parseDesign } from '../model/load';
import { sampleDesigns } from '../samples';
import { encodeBase64url } from './base64url';
import { deflateRaw } from './deflate';
import { DICTIONARY_V1 } from './dictionary-v1';
import { arbitraryDesign } from './fixtures/arbitrary-design';
import { generateDesign } from './fixtures/generated-design';
import { encodePayloadV1 } from './payload-v1';
import { decodeShareLink, encodeShareFragment, type ShareDecodeResult } from './share-link';

const dictionary = new TextEncoder().encode(DICTIONARY_V1);
const packText = (text: string) =>
  `d1.${encodeBase64url(deflateRaw(new TextEncoder().encode(text), dictionary))}`;

const designs = [
  ...sampleDesigns.map((s) => s.create()),
  generateDesign(3),
  ...fc.sample(arbitraryDesign, { numRuns: 20, seed: 42 }),
];
const links = await Promise.all(designs.map((d) => encodeShareFragment(d)));
const payloads = designs.map((d) => JSON.stringify(encodePayloadV1(d)));
const files = designs.map((d) => serializeDesign(d));

let inputs = 0;

function checkLink(result: ShareDecodeResult) {
  inputs++;
  if (result.ok) {
    expect(parseDesign(result.design).ok).toBe(true);
  } else {
    expect(result.code).not.toBe('unreadable');
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeGreaterThan(0);
  }
}

const LINK_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#%+/= ';

/** Flips, deletes, inserts and truncates characters of a text. */
function mutate(source: readonly string[]) {
  return fc
    .record({
      which: fc.nat(),
      edits: fc.array(
        fc.record({
          kind: fc.constantFrom('flip', 'delete', 'insert', 'truncate'),
          at: fc.nat(),
          char: fc.constantFrom(...LINK_CHARS, '{', '"', '\u0000', 'é'),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ which, edits }) => {
      let text = source[which % source.length] as string;
      for (const { kind, at, char } of edits) {
        const i = text.length === 0 ? 0 : at % text.length;
        if (kind === 'flip') text = text.slice(0, i) + char + text.slice(i + 1);
        else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
        else if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
        else text = text.slice(0, i);
      }
      return text;
    });
}

/** JSON values with the keys attackers like. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'version', 'vnets', 'layout'),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

describe('fuzzing the share-link decoder and the file loader', () => {
  it('survives mutated real links', async () => {
    await fc.assert(
      fc.asyncProperty(mutate(links), async (text) => checkLink(await decodeShareLink(text))),
      { numRuns: 3000 },
    );
  });

  it('survives random text', async () => {
    const base64 = fc
      .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), {
        maxLength: 300,
      })
      .map((chars) => chars.join(''));
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 100 }).map((s) => `d1.${s}`),
      fc.tuple(fc.nat(999), base64).map(([v, data]) => `d${v}.${data}`),
      base64.map((data) => `https://x.example/#d1.${data}`),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => checkLink(await decodeShareLink(t))),
      { numRuns: 1500 },
    );
  });

  it('survives random JSON payloads, well compressed', async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (value) =>
        checkLink(await decodeShareLink(packText(JSON.stringify(value)))),
      ),
      { numRuns: 1500 },
    );
  });

  it('survives damaged design payloads, well compressed', async () => {
    await fc.assert(
      fc.asyncProperty(mutate(payloads), async (text) => checkLink(await decodeShareLink(packText(text)))),
      { numRuns: 1500 },
    );
  });

  it('survives damaged and hostile design files', () => {
    const text = fc.oneof(
      mutate(files),
      hostileJson.map((v) => JSON.stringify(v)),
      hostileJson.map((v) => JSON.stringify({ format: 'vnet-studio/design', version: 1, ...(v as object) })),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        inputs++;
        const result = importDesignJson(t);
        if (result.ok) expect(parseDesign(result.design).ok).toBe(true);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2500 },
    );
  });

  afterAll(() => {
    expect(inputs).toBeGreaterThanOrEqual(10_000);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).format).toBeUndefined();
  });
});
