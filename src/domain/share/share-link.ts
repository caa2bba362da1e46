/**
 * Share links: a design in the URL fragment, `#d<version>.<base64url(raw deflate of compact JSON)>`,
 * compressed against the version's preset dictionary (see `link-versions.ts`).
 * The fragment never reaches a server. Decoding never throws: every failure is a typed error the UI and
 * the CLI can show as it is.
 */
import { checkDesignLimits } from '../model/check-design-limits';
import { DESIGN_LIMITS } from '../model/design-limits';
import { type LoadErrorCode, type LoadIssue, parseDesign } from '../model/load';
import type { Design } from '../model/schema';
import { decodeBase64url, encodeBase64url } from './base64url';
import { PayloadError } from './compact-codec';
import { deflateRaw, inflateRaw } from './deflate';
import { currentLinkVersion, linkVersions } from './link-versions';

/** Links longer than this are hard to paste into chats and tickets; offer the file instead. */
export const MAX_SHARE_URL_LENGTH = DESIGN_LIMITS.comfortableLink;
/** Longest link text the decoder reads at all, and so the longest link `createShareLink` writes. */
export const MAX_LINK_TEXT = DESIGN_LIMITS.linkText;
/** Largest inflated payload accepted; anything above is refused while inflating. */
export const MAX_PAYLOAD_BYTES = DESIGN_LIMITS.payloadBytes;

export type ShareErrorCode =
  | 'empty'
  | 'not-a-link'
  | 'newer-version'
  | 'too-large'
  | 'bad-base64'
  | 'not-deflate'
  | 'invalid-json'
  | 'wrong-type'
  | 'too-many'
  | 'too-long'
  /** A failure no check foresaw; reported rather than thrown, and a bug to fix. */
  | 'unreadable'
  /** The payload decoded, but the design it carries breaks the format (see `issues`). */
  | LoadErrorCode;

export type ShareDecodeResult =
  | { ok: true; design: Design; version: number }
  | { ok: false; code: ShareErrorCode; message: string; issues?: LoadIssue[] };

const LINK_PATTERN = /^d([0-9]{1,6})\.(.*)$/s;

/**
 * The fragment (without `#`) that carries a design, e.g. `d1.q1Y…`.
 * @example (await encodeShareFragment(design)).startsWith('d1.')
 */
export async function encodeShareFragment(design: Design): Promise<string> {
  return encodeFragment(design).fragment;
}

function encodeFragment(design: Design): { fragment: string; payloadBytes: number } {
  const { version, dictionary, payload: compact } = currentLinkVersion.encode(design);
  const payload = new TextEncoder().encode(JSON.stringify(compact));
  const packed = deflateRaw(payload, dictionary);
  return { fragment: `d${version}.${encodeBase64url(packed)}`, payloadBytes: payload.length };
}

export type ShareLinkResult =
  | {
      ok: true;
      url: string;
      /** Whether the link stays within {@link MAX_SHARE_URL_LENGTH}, with a sentence when it does not. */
      fit: ShareLinkFit;
    }
  | {
      ok: false;
      /** `link-too-long` or `too-large`: no link can carry it; other codes: the design breaks a format limit. */
      code: 'link-too-long' | LoadErrorCode;
      message: string;
      issues?: LoadIssue[];
    };

const FILE_INSTEAD = 'Save the design as a file (Save, or the .json file itself) and share the file instead.';

/**
 * A share link for `design`, or why there can be none: the design breaks a limit of the format (it would
 * not open again anywhere), or its link would be longer than {@link MAX_LINK_TEXT} or unpack to more than
 * {@link MAX_PAYLOAD_BYTES}, which `decodeShareLink` refuses. A link this returns always opens (in the
 * studio and with the CLI's `open`); one above {@link MAX_SHARE_URL_LENGTH} comes with a warning.
 * @example (await createShareLink(design, 'https://vnet-studio.example/')).ok
 */
export async function createShareLink(design: Design, base: string): Promise<ShareLinkResult> {
  const limits = checkDesignLimits(design);
  if (!limits.ok) {
    const first = limits.issues[0];
    return {
      ok: false,
      code: first?.code ?? 'schema',
      message: `This design is over VNet Studio's limits, so no link or file of it would open again: ${first ? `${first.path === '$' ? '' : `${first.path}: `}${first.message}` : 'unknown problem'}`,
      issues: limits.issues,
    };
  }
  const { fragment, payloadBytes } = encodeFragment(design);
  const hash = base.indexOf('#');
  const url = `${hash < 0 ? base : base.slice(0, hash)}#${fragment}`;
  if (payloadBytes > MAX_PAYLOAD_BYTES || url.length > MAX_LINK_TEXT) {
    return {
      ok: false,
      code: 'link-too-long',
      message: `This design is too large for a link (${url.length} characters, ${payloadBytes} bytes unpacked; links carry at most ${MAX_LINK_TEXT} characters and ${MAX_PAYLOAD_BYTES} bytes). ${FILE_INSTEAD}`,
    };
  }
  return { ok: true, url, fit: shareLinkFits(url) };
}

/**
 * A full share URL: `base` without its own fragment, then `#` and the design.
 * @example await encodeShareLink(design, 'https://vnet-studio.example/') // 'https://vnet-studio.example/#d1.…'
 */
export async function encodeShareLink(design: Design, base: string): Promise<string> {
  // Unchecked: `createShareLink` refuses designs no link can carry.
  const hash = base.indexOf('#');
  return `${hash < 0 ? base : base.slice(0, hash)}#${await encodeShareFragment(design)}`;
}

export type ShareLinkFit =
  | { fits: true; length: number; limit: number }
  | { fits: false; length: number; limit: number; message: string };

/** Whether a share URL stays within {@link MAX_SHARE_URL_LENGTH}, with a sentence to show when it does not. */
export function shareLinkFits(url: string, limit = MAX_SHARE_URL_LENGTH): ShareLinkFit {
  if (url.length <= limit) return { fits: true, length: url.length, limit };
  return {
    fits: false,
    length: url.length,
    limit,
    message: `This design makes a link of ${url.length} characters, above the ${limit} that chats, tickets and some browsers keep intact. ${FILE_INSTEAD}`,
  };
}

function fail(code: ShareErrorCode, message: string, issues?: LoadIssue[]): ShareDecodeResult {
  return issues ? { ok: false, code, message, issues } : { ok: false, code, message };
}

/** The `d<version>.<data>` part of a URL, a fragment (`#…`) or the bare text. */
export function extractShareFragment(input: string): string {
  const text = input.trim();
  const hash = text.indexOf('#');
  return hash < 0 ? text : text.slice(hash + 1);
}

/**
 * Decodes a share link (a full URL, `#d1.…` or `d1.…`) into a checked design. Never throws; refuses
 * unknown versions, bad base64, non-deflate data, payloads that inflate above {@link MAX_PAYLOAD_BYTES},
 * malformed payloads and designs that `parseDesign` rejects (dangling references, duplicate ids, caps).
 */
export async function decodeShareLink(input: string): Promise<ShareDecodeResult> {
  try {
    return await decode(input);
  } catch (e) {
    // Defence in depth: the steps below report their own failures; this catches the unforeseen.
    return fail('unreadable', `The link could not be read (${(e as Error)?.message ?? String(e)}).`);
  }
}

async function decode(input: string): Promise<ShareDecodeResult> {
  if (typeof input !== 'string') return fail('not-a-link', 'Expected the text of a link.');
  if (input.length > MAX_LINK_TEXT) {
    return fail('too-large', `The link is ${input.length} characters; the limit is ${MAX_LINK_TEXT}.`);
  }
  const fragment = extractShareFragment(input);
  if (fragment === '') return fail('empty', 'The link carries no design (nothing after "#").');
  const match = LINK_PATTERN.exec(fragment);
  if (!match) {
    return fail(
      'not-a-link',
      'This is not a VNet Studio share link: the part after "#" must look like "d1.<letters, digits, - and _>".',
    );
  }
  const version = Number(match[1]);
  const data = match[2] ?? '';
  const codec = linkVersions.find((v) => v.version === version);
  if (!codec) {
    const newest = linkVersions[linkVersions.length - 1]?.version ?? 0;
    return version > newest
      ? fail(
          'newer-version',
          `This link was made by a newer VNet Studio (link version ${version}); this one opens links up to version ${newest}.`,
        )
      : fail('not-a-link', `Link version ${version} does not exist.`);
  }
  const packed = decodeBase64url(data);
  if (!packed || packed.length === 0) {
    return fail('bad-base64', 'The link is damaged: its data is not valid base64url (was it cut short?).');
  }
  const inflated = inflateRaw(packed, codec.dictionary, MAX_PAYLOAD_BYTES);
  if (!inflated.ok) {
    return fail(
      inflated.reason,
      inflated.reason === 'too-large'
        ? `The link's design is larger than ${MAX_PAYLOAD_BYTES} bytes once unpacked; it was refused.`
        : `The link is damaged: its data does not unpack (was it cut short or edited?). ${inflated.message}`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch (e) {
    return fail('invalid-json', `The link is damaged: its data is not JSON (${(e as Error).message}).`);
  }
  let document: Record<string, unknown>;
  try {
    document = codec.decode(payload);
  } catch (e) {
    if (e instanceof PayloadError) return fail(e.code, `The link's design is malformed at ${e.message}`);
    throw e;
  }
  const loaded = parseDesign(document);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    return fail(
      first?.code ?? 'schema',
      `The link's design is not valid: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}`,
      loaded.errors,
    );
  }
  return { ok: true, design: loaded.design, version };
}
