/**
 * What a VNet container draws inside it: its subnets, stacked below its header, and its hub objects
 * (Azure Firewall, virtual network gateways, Bastion hosts) beside the subnet that hosts each
 * (`hostSubnet`: AzureFirewallSubnet, GatewaySubnet, AzureBastionSubnet; an NVA's subnet by its
 * address), or below the subnets when the VNet lacks that subnet. Positions are relative to the VNet;
 * a stored position wins. Pure; shared by the node builder, placement and auto-layout.
 */
import { type HubKind, type HubObject, hostSubnet } from '../domain/model/hub-hosts';
import { kinds } from '../domain/model/kinds';
import type { Design } from '../domain/model/schema';
import { collectionOfKind, NODE_SIZE, type NodeKind, nodeKinds } from './canvas-kinds';
import { defaultSubnetPosition, VNET } from './geometry';

/** The node kinds drawn inside a VNet beside their host subnet: kinds the registry contains in a VNet, but subnets. */
export const hubKinds = nodeKinds.filter(
  (k): k is HubKind & NodeKind =>
    k !== 'subnet' && kinds[k].references.some((r) => r.contained === true && r.target === 'vnet'),
);

/** Vertical gap between two hub objects beside one subnet. */
const HUB_GAP = 8;

export interface ChildBox {
  id: string;
  type: 'subnet' | HubKind;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes inside each VNet of the design (by VNet id), subnets first, relative to the VNet. */
export function vnetChildren(design: Design): Map<string, ChildBox[]> {
  const { layout } = design;
  const vnetIds = new Set(design.vnets.map((v) => v.id));
  const out = new Map<string, ChildBox[]>();
  const push = (vnetId: string, box: ChildBox) => {
    const list = out.get(vnetId) ?? [];
    list.push(box);
    out.set(vnetId, list);
  };
  const subnetCount = new Map<string, number>();
  const subnetBox = new Map<string, ChildBox>();
  for (const s of design.subnets) {
    if (!vnetIds.has(s.vnetId)) continue;
    const i = subnetCount.get(s.vnetId) ?? 0;
    subnetCount.set(s.vnetId, i + 1);
    const stored = layout[s.id];
    const p = stored ? { x: stored.x, y: stored.y } : defaultSubnetPosition(i);
    const box: ChildBox = { id: s.id, type: 'subnet', name: s.name, ...p, ...NODE_SIZE.subnet };
    subnetBox.set(s.id, box);
    push(s.vnetId, box);
  }
  const beside = new Map<string, number>();
  const unhosted: Array<{ vnetId: string; box: ChildBox }> = [];
  for (const kind of hubKinds)
    for (const o of design[collectionOfKind[kind]] as readonly HubObject[]) {
      if (!vnetIds.has(o.vnetId)) continue;
      const size = NODE_SIZE[kind];
      const stored = layout[o.id];
      const box: ChildBox = { id: o.id, type: kind, name: o.name, x: 0, y: 0, ...size };
      const host = hostSubnet(design, kind, o);
      const hostBox = host ? subnetBox.get(host.id) : undefined;
      if (stored) Object.assign(box, { x: stored.x, y: stored.y });
      else if (hostBox) {
        const n = beside.get(hostBox.id) ?? 0;
        beside.set(hostBox.id, n + 1);
        Object.assign(box, {
          x: hostBox.x + hostBox.width + VNET.gap,
          y: hostBox.y + n * (size.height + HUB_GAP),
        });
      } else {
        unhosted.push({ vnetId: o.vnetId, box });
        continue;
      }
      push(o.vnetId, box);
    }
  // Without their subnet: below the VNet's subnets, in the subnets' column.
  const bottom = new Map<string, number>();
  for (const { vnetId, box } of unhosted) {
    let y = bottom.get(vnetId);
    if (y === undefined) {
      y = VNET.header;
      for (const c of out.get(vnetId) ?? [])
        if (c.type === 'subnet') y = Math.max(y, c.y + c.height + VNET.gap);
    }
    Object.assign(box, { x: VNET.padding, y });
    bottom.set(vnetId, y + box.height + HUB_GAP);
    push(vnetId, box);
  }
  return out;
}
