/**
 * A VNet's connectivity as the VNet inspector edits it: its virtual network gateway and its firewall, kept
 * as objects of their own (`gateways`, `firewalls`).
 */
import { createFirewall, createGateway } from '../factories';
import { collectIds, nextId } from '../ids';
import { kinds } from '../kinds';
import type { Design, Firewall, Gateway } from '../schema';

/**
 * Gives the VNet one gateway of `type` (changing the type of its first gateway, or adding one), or removes
 * its gateways when `type` is undefined.
 */
export function setVnetGateway(design: Design, vnetId: string, type: Gateway['type'] | undefined): Design {
  const vnet = design.vnets.find((v) => v.id === vnetId);
  if (!vnet) return design;
  const mine = design.gateways.filter((g) => g.vnetId === vnetId);
  if (type === undefined) {
    if (mine.length === 0) return design;
    const gone = new Set(mine.map((g) => g.id));
    const layout = Object.fromEntries(Object.entries(design.layout).filter(([id]) => !gone.has(id)));
    return { ...design, gateways: design.gateways.filter((g) => !gone.has(g.id)), layout };
  }
  const first = mine[0];
  if (first) {
    if (first.type === type) return design;
    const sku = type === 'Vpn' ? 'VpnGw1AZ' : 'ErGw1AZ';
    return { ...design, gateways: design.gateways.map((g) => (g === first ? { ...g, type, sku } : g)) };
  }
  const id = nextId(design, kinds.gateway.idPrefix, collectIds(design));
  return {
    ...design,
    gateways: [...design.gateways, createGateway({ id, vnetId, type, name: `vgw-${vnet.name}` })],
  };
}

/**
 * Gives the VNet a firewall with `patch` applied (adding an Azure Firewall when it has none), or removes its
 * firewalls when `patch` is undefined. Routes that named a removed firewall keep their address instead.
 */
export function setVnetFirewall(
  design: Design,
  vnetId: string,
  patch: Partial<Pick<Firewall, 'kind' | 'privateIp' | 'sku'>> | undefined,
): Design {
  const vnet = design.vnets.find((v) => v.id === vnetId);
  if (!vnet) return design;
  const mine = design.firewalls.filter((f) => f.vnetId === vnetId);
  if (patch === undefined) {
    if (mine.length === 0) return design;
    const gone = new Map(mine.map((f) => [f.id, f]));
    const layout = Object.fromEntries(Object.entries(design.layout).filter(([id]) => !gone.has(id)));
    const routeTables = design.routeTables.map((t) =>
      t.routes.some((r) => r.nextHopFirewallId !== undefined && gone.has(r.nextHopFirewallId))
        ? {
            ...t,
            routes: t.routes.map((r) => {
              const fw = r.nextHopFirewallId === undefined ? undefined : gone.get(r.nextHopFirewallId);
              if (!fw) return r;
              const { nextHopFirewallId: _gone, ...rest } = r;
              return { ...rest, nextHopIpAddress: rest.nextHopIpAddress ?? fw.privateIp };
            }),
          }
        : t,
    );
    return { ...design, firewalls: design.firewalls.filter((f) => !gone.has(f.id)), routeTables, layout };
  }
  const first = mine[0];
  if (first) {
    return { ...design, firewalls: design.firewalls.map((f) => (f === first ? { ...f, ...patch } : f)) };
  }
  const id = nextId(design, kinds.firewall.idPrefix, collectIds(design));
  const kind = patch.kind ?? 'AzureFirewall';
  const firewall = createFirewall({
    id,
    vnetId,
    name: `${kind === 'NVA' ? 'nva' : 'afw'}-${vnet.name}`,
    ...patch,
  });
  return { ...design, firewalls: [...design.firewalls, firewall] };
}
