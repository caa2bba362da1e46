/**
 * Version 2 of the share payload (`#d2.`): `[v1 payload, existing]`, where `existing` lists the objects
 * marked as already existing in Azure, which the v1 payload cannot carry. Each entry is
 * `[collection, index]` (positions in the v1 payload's collection list and in that collection) or
 * `[collection, index, publicIp]` for a public IP of a NAT gateway.
 *
 * FROZEN once released, like the v1 payload: a new field means a new payload version. Links of designs
 * with nothing marked existing are still written as v1, which every release reads.
 */
import type { Compact } from './compact-codec';
import { checkList, NO_CONTEXT, num, PayloadError } from './compact-codec';
import { COLLECTIONS_V1, type DesignBodyV1, MAX_LAYOUT_ENTRIES_V1 } from './design-v1';
import { decodePayloadV1, encodePayloadV1 } from './payload-v1';

/** A version-1 document whose objects (and NAT gateways' public IPs) may be marked `existing`. */
export type DesignBodyV2 = DesignBodyV1 & { format?: string; version?: number };

type Marked = { existing?: boolean };

/** The `[collection, index(, publicIp)]` of every object marked existing, in payload order. */
export function existingEntries(value: DesignBodyV2): number[][] {
  const out: number[][] = [];
  COLLECTIONS_V1.forEach((key, c) => {
    (value[key] as ReadonlyArray<Marked & { publicIps?: readonly Marked[] }>).forEach((e, i) => {
      if (e.existing === true) out.push([c, i]);
      e.publicIps?.forEach((ip, j) => {
        if (ip.existing === true) out.push([c, i, j]);
      });
    });
  });
  return out;
}

/** The v2 payload of a design (a JSON-ready value). */
export function encodePayloadV2(value: DesignBodyV2): Compact {
  return [encodePayloadV1(value), existingEntries(value)];
}

/**
 * A design document (format version 2: version 1 with `existing` marks) from a v2 payload; throws
 * {@link PayloadError} on a malformed payload. The result is still untrusted: the caller passes it through
 * `parseDesign`.
 */
export function decodePayloadV2(payload: Compact): Record<string, unknown> {
  if (!Array.isArray(payload) || payload.length !== 2) {
    throw new PayloadError('wrong-type', '$', '$: expected [design, existing objects].');
  }
  const doc = decodePayloadV1(payload[0] as Compact);
  // At most one mark per object (and public IP): as many as a design may hold objects.
  const entries = checkList(payload[1] as Compact, '$[1]', MAX_LAYOUT_ENTRIES_V1 * 2);
  entries.forEach((entry, k) => {
    const at = `$[1][${k}]`;
    if (!Array.isArray(entry) || entry.length < 2 || entry.length > 3) {
      throw new PayloadError(
        'wrong-type',
        at,
        `${at}: expected [collection, index] or [collection, index, public IP].`,
      );
    }
    const [c, i, j] = entry.map((n, x) => num.dec(n, `${at}[${x}]`, {}, NO_CONTEXT));
    const key = COLLECTIONS_V1[c as number];
    const list = key === undefined ? undefined : (doc[key] as Array<Record<string, unknown>> | undefined);
    const target = list?.[i as number];
    const marked =
      j === undefined ? target : (target?.publicIps as Array<Record<string, unknown>> | undefined)?.[j];
    if (typeof marked !== 'object' || marked === null) {
      throw new PayloadError('wrong-type', at, `${at}: names no object of the design.`);
    }
    marked.existing = true;
  });
  // Marks are a version-2 field of the design format.
  return { ...doc, version: 2 };
}
