/**
 * Version 3 of the share payload (`#d3.`): `[v2 payload, hub]`, where `hub` carries what design format
 * version 3 adds: the firewalls, virtual network gateways and Bastion hosts of the design (each in a VNet
 * of the v2 payload, by position), the routes that name a firewall as their next hop, and the canvas
 * positions of the new objects (which the v1 layout cannot hold).
 *
 * FROZEN once released, like the v1 and v2 payloads: the types and name lists below are this version's
 * own, so the live schema can move on. Designs without hub objects or route references are still written
 * as v1 or v2 links, which older releases read.
 */
import { collection, idText, sequenceIds } from './collection-codec';
import {
  type Codec,
  type Compact,
  type DecodeContext,
  type EncodeContext,
  entity,
  field,
  list,
  NO_CONTEXT,
  num,
  oneOf,
  PayloadError,
  ref,
  str,
  strOr,
  trimDefaults,
  wrongType,
} from './compact-codec';
import { MAX_LAYOUT_ENTRIES_V1 } from './design-v1';
import { LAYOUT_GRID } from './layout-v1';
import { FIREWALL_KINDS, GATEWAY_KINDS } from './names-v1';
import { BASTION_SKUS_V3, FIREWALL_SKUS_V3, GATEWAY_SKUS_V3 } from './names-v3';
import { type DesignBodyV2, decodePayloadV2, encodePayloadV2 } from './payload-v2';

type Of<T extends readonly string[]> = T[number];

export interface FirewallV3 {
  id: string;
  name: string;
  existing?: boolean;
  vnetId: string;
  kind: Of<typeof FIREWALL_KINDS>;
  sku: Of<typeof FIREWALL_SKUS_V3>;
  privateIp: string;
}

export interface GatewayV3 {
  id: string;
  name: string;
  existing?: boolean;
  vnetId: string;
  type: Of<typeof GATEWAY_KINDS>;
  sku: Of<typeof GATEWAY_SKUS_V3>;
  activeActive: boolean;
}

export interface BastionV3 {
  id: string;
  name: string;
  existing?: boolean;
  vnetId: string;
  sku: Of<typeof BASTION_SKUS_V3>;
}

interface PositionV3 {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/** A version-3 document as this payload reads it: the v2 body plus the hub objects and route references. */
export type DesignBodyV3 = DesignBodyV2 & {
  firewalls: FirewallV3[];
  gateways: GatewayV3[];
  bastions: BastionV3[];
  layout: Record<string, PositionV3>;
};

/** `existing: true` as `1`; absent (never `false`) as `0`. */
const existingMark: Codec<boolean | undefined> = {
  enc: (v) => (v === true ? 1 : 0),
  dec: (j, path) => {
    if (j !== 0 && j !== 1) throw wrongType(path, '0 or 1');
    return j === 1 ? true : undefined;
  },
};
const flag: Codec<boolean> = {
  enc: (v) => (v ? 1 : 0),
  dec: (j, path) => {
    if (j !== 0 && j !== 1) throw wrongType(path, '0 or 1');
    return j === 1;
  },
};
const nameOrId = strOr((o) => (typeof o.id === 'string' ? o.id : ''));

const firewall = entity<FirewallV3>([
  field('id', idText),
  field('vnetId', ref('vnets')),
  field('kind', oneOf(FIREWALL_KINDS)),
  field('sku', oneOf(FIREWALL_SKUS_V3)),
  field('privateIp', str),
  field('name', nameOrId),
  field('existing', existingMark),
]);

const gateway = entity<GatewayV3>([
  field('id', idText),
  field('vnetId', ref('vnets')),
  field('type', oneOf(GATEWAY_KINDS)),
  field('sku', oneOf(GATEWAY_SKUS_V3)),
  field('activeActive', flag),
  field('name', nameOrId),
  field('existing', existingMark),
]);

const bastion = entity<BastionV3>([
  field('id', idText),
  field('vnetId', ref('vnets')),
  field('sku', oneOf(BASTION_SKUS_V3)),
  field('name', nameOrId),
  field('existing', existingMark),
]);

interface RouteRef {
  table: number;
  route: number;
  firewallId: string;
}
const index: Codec<number> = {
  enc: (v) => v,
  dec: (j, path) => {
    const n = num.dec(j, path, {}, NO_CONTEXT);
    if (!Number.isInteger(n) || n < 0) throw wrongType(path, 'a position');
    return n;
  },
};
const routeRef = entity<RouteRef>([
  field('table', index),
  field('route', index),
  field('firewallId', ref('firewalls')),
]);

const HUB_COLLECTIONS = ['firewalls', 'gateways', 'bastions'] as const;

interface HubV3 {
  firewalls: FirewallV3[];
  gateways: GatewayV3[];
  bastions: BastionV3[];
  routeRefs: RouteRef[];
  layout: Record<string, PositionV3>;
}

/** The positions of the hub objects, one entry each in collection order (as the v1 layout does). */
const hubLayout: Codec<Record<string, PositionV3>> = {
  enc: (v, owner) => {
    const toStep = (n: number) => Math.round(n / LAYOUT_GRID) + 0;
    const size = (n: number | undefined) => (n === undefined ? 0 : Math.max(1, toStep(n)));
    const out: Compact[] = [];
    for (const key of HUB_COLLECTIONS) {
      for (const e of owner[key] as ReadonlyArray<{ id: string }>) {
        const p = Object.hasOwn(v, e.id) ? v[e.id] : undefined;
        out.push(p ? trimDefaults([toStep(p.x), toStep(p.y), size(p.width), size(p.height)]) : 0);
      }
    }
    return trimDefaults(out).length === 0 ? 0 : out;
  },
  dec: (j, path, partial) => {
    const out: Record<string, PositionV3> = {};
    if (j === 0) return out;
    if (!Array.isArray(j)) throw wrongType(path, 'a list');
    let i = 0;
    for (const key of HUB_COLLECTIONS) {
      for (const e of (partial[key] ?? []) as ReadonlyArray<{ id: string }>) {
        const at = `${path}[${i}]`;
        const item = j[i++] ?? 0;
        if (item === 0) continue;
        if (!Array.isArray(item) || item.length > 4) {
          throw new PayloadError('wrong-type', at, `${at}: expected [x, y, width, height].`);
        }
        const step = (k: number) =>
          num.dec(item[k] ?? 0, `${at}[${k}]`, partial, NO_CONTEXT) * LAYOUT_GRID + 0;
        const position: PositionV3 = { x: step(0), y: step(1) };
        if ((item[2] ?? 0) !== 0) position.width = step(2);
        if ((item[3] ?? 0) !== 0) position.height = step(3);
        Object.defineProperty(out, e.id, {
          value: position,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    if (j.length > i)
      throw new PayloadError('wrong-type', path, `${path}: ${j.length} positions for ${i} objects.`);
    return out;
  },
};

const hub = entity<HubV3>([
  field('firewalls', collection(firewall)),
  field('gateways', collection(gateway)),
  field('bastions', collection(bastion)),
  field('routeRefs', list(routeRef)),
  field('layout', hubLayout),
]);

/** The routes that name a firewall, as `[table, route, firewall]` positions. */
function routeRefsOf(value: DesignBodyV3): RouteRef[] {
  const out: RouteRef[] = [];
  value.routeTables.forEach((t, table) => {
    t.routes.forEach((r, route) => {
      const firewallId = (r as { nextHopFirewallId?: string }).nextHopFirewallId;
      if (firewallId !== undefined) out.push({ table, route, firewallId });
    });
  });
  return out;
}

/** Whether a design needs link version 3: it holds hub objects or routes that name a firewall. */
export function needsPayloadV3(value: DesignBodyV3): boolean {
  return (
    value.firewalls.length + value.gateways.length + value.bastions.length > 0 ||
    routeRefsOf(value).length > 0
  );
}

/** The v3 payload of a design (a JSON-ready value). */
export function encodePayloadV3(value: DesignBodyV3): Compact {
  const positions = new Map<string, Map<string, number>>();
  for (const key of ['vnets', 'firewalls'] as const) {
    const byId = new Map<string, number>();
    (value[key] as ReadonlyArray<{ id: string }>).forEach((e, i) => {
      if (!byId.has(e.id)) byId.set(e.id, i);
    });
    positions.set(key, byId);
  }
  const ctx: EncodeContext = { indexOf: (c, id) => positions.get(c)?.get(id) };
  const body: HubV3 = {
    firewalls: value.firewalls,
    gateways: value.gateways,
    bastions: value.bastions,
    routeRefs: routeRefsOf(value),
    layout: value.layout,
  };
  return [encodePayloadV2(value), hub.enc(body, body as unknown as Record<string, unknown>, ctx)];
}

/**
 * A design document (format version 3) from a v3 payload; throws {@link PayloadError} on a malformed
 * payload. The result is still untrusted: the caller passes it through `parseDesign`.
 */
export function decodePayloadV3(payload: Compact): Record<string, unknown> {
  if (!Array.isArray(payload) || payload.length !== 2) {
    throw new PayloadError('wrong-type', '$', '$: expected [design, hub objects].');
  }
  const doc = decodePayloadV2(payload[0] as Compact);
  const raw = payload[1];
  if (!Array.isArray(raw)) throw wrongType('$[1]', 'a list of fields');
  const vnetIds = ((doc.vnets ?? []) as ReadonlyArray<{ id: string }>).map((v) => v.id);
  const firewallItems = Array.isArray(raw[0]) ? raw[0] : [];
  const firewallIds = sequenceIds(firewallItems.slice(0, MAX_LAYOUT_ENTRIES_V1));
  const ctx: DecodeContext = {
    idAt: (c, i) => {
      const id = c === 'vnets' ? vnetIds[i] : c === 'firewalls' ? firewallIds[i] : undefined;
      return typeof id === 'string' ? id : undefined;
    },
  };
  const body = hub.dec(raw, '$[1]', {}, ctx);
  const tables = (doc.routeTables ?? []) as Array<{ routes?: Array<Record<string, unknown>> }>;
  body.routeRefs.forEach((r, k) => {
    const route = tables[r.table]?.routes?.[r.route];
    if (typeof route !== 'object' || route === null) {
      const at = `$[1][3][${k}]`;
      throw new PayloadError('wrong-type', at, `${at}: names no route of the design.`);
    }
    route.nextHopFirewallId = r.firewallId;
  });
  const layout = { ...(doc.layout as Record<string, PositionV3> | undefined) };
  for (const [id, p] of Object.entries(body.layout)) {
    Object.defineProperty(layout, id, { value: p, enumerable: true, writable: true, configurable: true });
  }
  return {
    ...doc,
    version: 3,
    firewalls: body.firewalls,
    gateways: body.gateways,
    bastions: body.bastions,
    layout,
  };
}
