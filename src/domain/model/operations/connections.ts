/**
 * Connections drawn on the canvas, as design operations. Every relation the canvas shows as an edge is
 * a `Connection`; `connect` refuses structurally impossible ones with a short reason.
 */
import { createPeering } from '../factories';
import { nextId } from '../ids';
import { DELEGATION_ENTERPRISE_POLICIES, type Design, type EntityCollection } from '../schema';
import { collectionOf, updateEntity } from './entities';

export type ConnectionKind =
  | 'policy-link' // environment → enterprise policy
  | 'policy-subnet' // enterprise policy → delegated subnet
  | 'peering' // VNet ↔ VNet (the peering's id is the connection id)
  | 'nat' // subnet → NAT gateway
  | 'nsg' // subnet → NSG
  | 'route-table' // subnet → route table
  | 'needs' // environment → private resource it must reach
  | 'dns-link' // private DNS zone → VNet
  | 'dns-zone'; // private resource → private DNS zone

export interface Connection {
  kind: ConnectionKind;
  sourceId: string;
  targetId: string;
  /** For peerings: the peering's id. */
  id?: string;
}

export type ConnectResult =
  | { ok: true; design: Design; connection: Connection }
  | { ok: false; reason: string };

type Pair = `${EntityCollection}>${EntityCollection}`;

/** Which connection joins two kinds of object, with source and target swapped into canonical order. */
const pairs: Partial<Record<Pair, { kind: ConnectionKind; swap: boolean }>> = {
  'environments>policies': { kind: 'policy-link', swap: false },
  'policies>environments': { kind: 'policy-link', swap: true },
  'policies>subnets': { kind: 'policy-subnet', swap: false },
  'subnets>policies': { kind: 'policy-subnet', swap: true },
  'vnets>vnets': { kind: 'peering', swap: false },
  'subnets>natGateways': { kind: 'nat', swap: false },
  'natGateways>subnets': { kind: 'nat', swap: true },
  'subnets>nsgs': { kind: 'nsg', swap: false },
  'nsgs>subnets': { kind: 'nsg', swap: true },
  'subnets>routeTables': { kind: 'route-table', swap: false },
  'routeTables>subnets': { kind: 'route-table', swap: true },
  'environments>resources': { kind: 'needs', swap: false },
  'resources>environments': { kind: 'needs', swap: true },
  'privateDnsZones>vnets': { kind: 'dns-link', swap: false },
  'vnets>privateDnsZones': { kind: 'dns-link', swap: true },
  'resources>privateDnsZones': { kind: 'dns-zone', swap: false },
  'privateDnsZones>resources': { kind: 'dns-zone', swap: true },
};

const hints: Partial<Record<EntityCollection, string>> = {
  environments: 'An environment connects to an enterprise policy or to a private resource it needs.',
  policies: 'An enterprise policy connects to environments and to delegated subnets.',
  vnets: 'A VNet connects to another VNet (peering) or to a private DNS zone.',
  subnets: 'A subnet connects to an enterprise policy, a NAT gateway, an NSG or a route table.',
  natGateways: 'A NAT gateway connects to subnets.',
  nsgs: 'An NSG connects to subnets.',
  routeTables: 'A route table connects to subnets.',
  resources: 'A private resource connects to the environments that need it and to its private DNS zone.',
  privateDnsZones: 'A private DNS zone connects to VNets and to private resources.',
};

/** Whether (and as what) two objects may be connected, without changing the design. */
export function classifyConnection(
  design: Design,
  sourceId: string,
  targetId: string,
): { ok: true; connection: Connection } | { ok: false; reason: string } {
  const from = collectionOf(design, sourceId);
  const to = collectionOf(design, targetId);
  if (!from || !to) return { ok: false, reason: 'Both ends must be objects of the design.' };
  if (sourceId === targetId) return { ok: false, reason: 'An object cannot connect to itself.' };
  const pair = pairs[`${from}>${to}`];
  if (!pair) return { ok: false, reason: hints[from] ?? 'These objects cannot be connected.' };
  const [s, t] = pair.swap ? [targetId, sourceId] : [sourceId, targetId];
  return { ok: true, connection: { kind: pair.kind, sourceId: s, targetId: t } };
}

/** Connects two objects (in either drag direction). */
export function connect(design: Design, sourceId: string, targetId: string): ConnectResult {
  const c = classifyConnection(design, sourceId, targetId);
  if (!c.ok) return c;
  const { kind, sourceId: s, targetId: t } = c.connection;
  const done = (next: Design, id?: string): ConnectResult => ({
    ok: true,
    design: next,
    connection: { kind, sourceId: s, targetId: t, ...(id ? { id } : {}) },
  });
  switch (kind) {
    case 'policy-link': {
      const env = design.environments.find((e) => e.id === s);
      if (env?.policyIds.includes(t))
        return { ok: false, reason: 'This environment is already linked to that policy.' };
      return done(updateEntity(design, 'environments', s, (e) => ({ ...e, policyIds: [...e.policyIds, t] })));
    }
    case 'policy-subnet': {
      const policy = design.policies.find((p) => p.id === s);
      if (policy?.subnetIds.includes(t))
        return { ok: false, reason: 'The policy already references this subnet.' };
      let next = updateEntity(design, 'policies', s, (p) => ({ ...p, subnetIds: [...p.subnetIds, t] }));
      // Save a click: an undelegated, empty subnet becomes a Power Platform subnet.
      next = updateEntity(next, 'subnets', t, (sub) =>
        sub.delegations.length === 0 && sub.occupants.length === 0
          ? { ...sub, delegations: [DELEGATION_ENTERPRISE_POLICIES] }
          : sub,
      );
      return done(next);
    }
    case 'peering': {
      const exists = design.peerings.some(
        (p) => (p.vnetAId === s && p.vnetBId === t) || (p.vnetAId === t && p.vnetBId === s),
      );
      if (exists) return { ok: false, reason: 'These VNets are already peered.' };
      const id = nextId(design, 'peering');
      return done(
        { ...design, peerings: [...design.peerings, createPeering({ id, vnetAId: s, vnetBId: t })] },
        id,
      );
    }
    case 'nat':
      return done(updateEntity(design, 'subnets', s, { natGatewayId: t }));
    case 'nsg':
      return done(updateEntity(design, 'subnets', s, { nsgId: t }));
    case 'route-table':
      return done(updateEntity(design, 'subnets', s, { routeTableId: t }));
    case 'needs': {
      const env = design.environments.find((e) => e.id === s);
      if (env?.resourceIds.includes(t))
        return { ok: false, reason: 'This environment already needs that resource.' };
      return done(
        updateEntity(design, 'environments', s, (e) => ({ ...e, resourceIds: [...e.resourceIds, t] })),
      );
    }
    case 'dns-link': {
      const zone = design.privateDnsZones.find((z) => z.id === s);
      if (zone?.vnetIds.includes(t)) return { ok: false, reason: 'The zone is already linked to this VNet.' };
      return done(updateEntity(design, 'privateDnsZones', s, (z) => ({ ...z, vnetIds: [...z.vnetIds, t] })));
    }
    case 'dns-zone':
      return done(updateEntity(design, 'resources', s, { privateDnsZoneId: t }));
  }
}

/** Removes one connection; the objects stay. */
export function disconnect(design: Design, c: Connection): Design {
  const { sourceId: s, targetId: t } = c;
  switch (c.kind) {
    case 'policy-link':
      return updateEntity(design, 'environments', s, (e) => ({
        ...e,
        policyIds: e.policyIds.filter((p) => p !== t),
      }));
    case 'policy-subnet':
      return updateEntity(design, 'policies', s, (p) => ({
        ...p,
        subnetIds: p.subnetIds.filter((x) => x !== t),
      }));
    case 'peering':
      return { ...design, peerings: design.peerings.filter((p) => p.id !== c.id) };
    case 'nat':
      return updateEntity(design, 'subnets', s, ({ natGatewayId: _n, ...rest }) => rest);
    case 'nsg':
      return updateEntity(design, 'subnets', s, ({ nsgId: _n, ...rest }) => rest);
    case 'route-table':
      return updateEntity(design, 'subnets', s, ({ routeTableId: _n, ...rest }) => rest);
    case 'needs':
      return updateEntity(design, 'environments', s, (e) => ({
        ...e,
        resourceIds: e.resourceIds.filter((r) => r !== t),
      }));
    case 'dns-link':
      return updateEntity(design, 'privateDnsZones', s, (z) => ({
        ...z,
        vnetIds: z.vnetIds.filter((v) => v !== t),
      }));
    case 'dns-zone':
      return updateEntity(design, 'resources', s, ({ privateDnsZoneId: _z, ...rest }) => rest);
  }
}

/** Every connection in the design (the canvas draws one edge for each). */
export function listConnections(design: Design): Connection[] {
  const out: Connection[] = [];
  for (const e of design.environments) {
    for (const p of e.policyIds) out.push({ kind: 'policy-link', sourceId: e.id, targetId: p });
    for (const r of e.resourceIds) out.push({ kind: 'needs', sourceId: e.id, targetId: r });
  }
  for (const p of design.policies)
    for (const s of p.subnetIds) out.push({ kind: 'policy-subnet', sourceId: p.id, targetId: s });
  for (const p of design.peerings)
    out.push({ kind: 'peering', sourceId: p.vnetAId, targetId: p.vnetBId, id: p.id });
  for (const s of design.subnets) {
    if (s.natGatewayId) out.push({ kind: 'nat', sourceId: s.id, targetId: s.natGatewayId });
    if (s.nsgId) out.push({ kind: 'nsg', sourceId: s.id, targetId: s.nsgId });
    if (s.routeTableId) out.push({ kind: 'route-table', sourceId: s.id, targetId: s.routeTableId });
  }
  for (const z of design.privateDnsZones)
    for (const v of z.vnetIds) out.push({ kind: 'dns-link', sourceId: z.id, targetId: v });
  for (const r of design.resources)
    if (r.privateDnsZoneId) out.push({ kind: 'dns-zone', sourceId: r.id, targetId: r.privateDnsZoneId });
  return out;
}

/** A stable id for a connection (React Flow edge id). */
export function connectionId(c: Connection): string {
  return c.kind === 'peering' && c.id ? `peering:${c.id}` : `${c.kind}:${c.sourceId}>${c.targetId}`;
}
