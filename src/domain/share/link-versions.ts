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
import { decodePayloadV2, encodePayloadV2, existingEntries } from './payload-v2';
import { decodePayloadV3, encodePayloadV3, needsPayloadV3 } from './payload-v3';

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

/** Version 2: the v1 payload and the objects marked as already existing in Azure (same dictionary). */
const V2: LinkVersion = {
  version: 2,
  dictionary: V1.dictionary,
  decode: decodePayloadV2,
};

/**
 * Version 3: the v2 payload and the hub objects (firewalls, gateways, Bastion hosts), the routes that name
 * a firewall, and the new objects' positions (same dictionary).
 */
const V3: LinkVersion = {
  version: 3,
  dictionary: V1.dictionary,
  decode: decodePayloadV3,
};

/** Every payload version ever released, oldest first. Never remove or edit an entry. */
export const linkVersions: readonly LinkVersion[] = [V1, V2, V3];

/**
 * How new links are written: as v3 when the design holds hub objects or routes naming a firewall; else as
 * v1 when nothing in the design is marked existing (every release opens those, and they stay as short as
 * before), else as v2.
 */
export const currentLinkVersion = {
  encode(design: Design): { version: number; dictionary: Uint8Array; payload: Compact } {
    if (needsPayloadV3(design))
      return { version: V3.version, dictionary: V3.dictionary, payload: encodePayloadV3(design) };
    if (existingEntries(design).length === 0)
      return { version: V1.version, dictionary: V1.dictionary, payload: encodePayloadV1(design) };
    return { version: V2.version, dictionary: V2.dictionary, payload: encodePayloadV2(design) };
  },
};
