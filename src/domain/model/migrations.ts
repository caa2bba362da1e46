/**
 * Append-only migrations of design documents: each step takes a document of version N to N + 1 and is
 * never edited once released; older files and share links keep opening through the chain.
 */
import { DESIGN_VERSION } from './schema';

export interface Migration {
  /** A stable name for the step (`vnet-hub-objects`), for tests and reviews. */
  name: string;
  /** The version this step upgrades from. */
  from: number;
  description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const migrations: readonly Migration[] = [
  {
    name: 'existing-in-azure',
    from: 1,
    description:
      'Version 2 lets any Azure object carry `existing: true` (it already exists in Azure; exports reference it ' +
      'instead of deploying it). Version-1 objects are all new, which is what an absent flag means.',
    up: (doc) => doc,
  },
  {
    name: 'vnet-hub-objects',
    from: 2,
    description:
      "Version 3 makes a hub's firewall, virtual network gateway and Bastion host objects of their own " +
      "(`firewalls`, `gateways`, `bastions`, each with its `vnetId`). A VNet's `firewall` field becomes a " +
      'firewall object (`afw-<vnet id>`, named `afw-<vnet name>`, or `nva-<vnet name>` for an NVA; sku Standard; ' +
      'the same private IP) and its `gateway` field a gateway object (`vgw-<vnet id>`, named `vgw-<vnet name>`; ' +
      'sku VpnGw1AZ or ErGw1AZ by type; not active-active). Both fields leave the VNet. The objects of a VNet ' +
      'marked `existing` are existing too: they were part of it.',
    up: (doc) => {
      const vnets = doc.vnets;
      if (!Array.isArray(vnets)) return doc;
      // Every id already in the document, so that a new id never collides (anything carrying an id counts).
      const taken = new Set<string>();
      for (const value of Object.values(doc)) {
        if (!Array.isArray(value)) continue;
        for (const item of value) {
          const itemId = isRecord(item) ? item.id : undefined;
          if (typeof itemId === 'string') taken.add(itemId);
        }
      }
      const unique = (base: string) => {
        let candidate = base;
        for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
        taken.add(candidate);
        return candidate;
      };
      const firewalls: unknown[] = Array.isArray(doc.firewalls) ? [...doc.firewalls] : [];
      const gateways: unknown[] = Array.isArray(doc.gateways) ? [...doc.gateways] : [];
      const nextVnets = vnets.map((vnet) => {
        if (!isRecord(vnet) || !('firewall' in vnet || 'gateway' in vnet)) return vnet;
        const { firewall, gateway, ...rest } = vnet;
        const vnetId = typeof vnet.id === 'string' ? vnet.id : '';
        const vnetName = typeof vnet.name === 'string' ? vnet.name : vnetId;
        const existing = vnet.existing === true ? { existing: true } : {};
        if (isRecord(firewall)) {
          firewalls.push({
            id: unique(`afw-${vnetId}`),
            name: `${firewall.kind === 'NVA' ? 'nva' : 'afw'}-${vnetName}`,
            ...existing,
            vnetId,
            kind: firewall.kind,
            sku: 'Standard',
            privateIp: firewall.privateIp,
          });
        } else if (firewall !== undefined) return vnet; // not a v2 firewall: the schema reports it as it is
        if (gateway === 'Vpn' || gateway === 'ExpressRoute') {
          gateways.push({
            id: unique(`vgw-${vnetId}`),
            name: `vgw-${vnetName}`,
            ...existing,
            vnetId,
            type: gateway,
            sku: gateway === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ',
            activeActive: false,
          });
        } else if (gateway !== undefined) return vnet;
        return rest;
      });
      return { ...doc, vnets: nextVnets, firewalls, gateways };
    },
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateDesign(
  doc: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let current = doc;
  let version = current.version as number;
  while (version < DESIGN_VERSION) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, message: `No migration from design format version ${version}.` };
    current = { ...step.up(current), version: version + 1 };
    version += 1;
  }
  return { ok: true, value: current };
}
