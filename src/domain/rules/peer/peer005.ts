import { type Cidr, findOverlaps, formatCidr } from '../../ip/cidr';
import type { Peering, VirtualNetwork } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Finding, Rule } from '../types';

interface Peer {
  vnet: VirtualNetwork;
  peering: Peering;
  /** Position of the peering in the design: the later one is the peering Azure refuses. */
  order: number;
}

/**
 * PEER005: a VNet can't be peered with a VNet whose address space overlaps that of a VNet it is already
 * peered with (ARM error `VnetAddressSpaceOverlapsWithAlreadyPeeredVnet`). One finding per refused
 * peering; a hub's peers are swept once (sort and sweep), not compared pair by pair.
 */
export const peer005: Rule = {
  id: 'PEER005',
  severity: 'error',
  title: 'Peered with two VNets that overlap each other',
  docs: DOCS.vnetFaq,
  check(design, index) {
    const parsed = parsedPrefixes(design);
    const order = new Map(design.peerings.map((p, i) => [p, i]));
    const out: Finding[] = [];
    const reported = new Set<string>();
    for (const [vnetId, peerings] of index.peeringsByVnet) {
      const vnet = index.vnets.get(vnetId);
      if (!vnet || peerings.length < 2) continue;
      const peers: Peer[] = [];
      for (const p of peerings) {
        const otherId = p.vnetAId === vnetId ? p.vnetBId : p.vnetAId;
        const other = otherId === vnetId ? undefined : index.vnets.get(otherId);
        if (other) peers.push({ vnet: other, peering: p, order: order.get(p) ?? 0 });
      }
      const items: Array<{ key: Peer; cidr: Cidr }> = [];
      for (const peer of peers)
        for (const cidr of parsed.vnet.get(peer.vnet.id) ?? []) items.push({ key: peer, cidr });
      for (const [x, y] of findOverlaps(items)) {
        if (x.key.vnet.id === y.key.vnet.id) continue; // NET007 (one VNet's own prefixes) or PEER004
        const [first, second] = x.key.order <= y.key.order ? [x, y] : [y, x];
        const key = `${vnetId}|${second.key.peering.id}`;
        if (reported.has(key)) continue;
        reported.add(key);
        out.push(
          finding(
            peer005,
            `VNet ${nameOf(vnet)} is peered with ${nameOf(first.key.vnet)} and ${nameOf(second.key.vnet)}, whose address spaces overlap (${formatCidr(first.cidr)} and ${formatCidr(second.cidr)}): Azure refuses the peering with ${nameOf(second.key.vnet)} (VnetAddressSpaceOverlapsWithAlreadyPeeredVnet); readdress one of them or drop that peering.`,
            [second.key.peering.id, vnet.id, first.key.vnet.id, second.key.vnet.id],
          ),
        );
      }
    }
    return out;
  },
};
