/**
 * The payload versions a link can carry, append-only. Each entry names the deflate dictionary its links
 * were compressed against and decodes its own payload into a design document of some design-format
 * version; `parseDesign` then brings that document up to the current format through the design
 * migrations, so a link shared today keeps opening after the format moves on.
 */
import type { Design } from '../model/schema';
import type { Compact } from './compact-codec';
import { DICTIONARY_V1 } from './dictionary-v1';
import { decodePayloadV1, encodePayloadV1 } from './payload-v1';

export interface LinkVersion {
  version: number;
  dictionary: Uint8Array;
  /** A design document from the payload; throws `PayloadError` when the payload is malformed. */
  decode(payload: Compact): Record<string, unknown>;
}

const V1: LinkVersion = {
  version: 1,
  dictionary: new TextEncoder().encode(DICTIONARY_V1),
  decode: decodePayloadV1,
};

/** Every payload version ever released, oldest first. Never remove or edit an entry. */
export const linkVersions: readonly LinkVersion[] = [V1];

/** The version new links are written in, and how. */
export const currentLinkVersion = {
  version: V1.version,
  dictionary: V1.dictionary,
  encode: (design: Design): Compact => encodePayloadV1(design),
};
