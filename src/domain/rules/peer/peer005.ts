import { type Cidr, formatCidr } from '../../ip/cidr';
import { findEarlierOverlaps } from '../../ip/overlaps';
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
 * peering; a hub's peers are swept once (sort and sweep), never compared pair by pair.
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
      // One entry per peer VNet (its earliest peering): the same pair peered twice is another rule's concern.
      const peers = new Map<string, Peer>();
      for (const p of peerings) {
        const otherId = p.vnetAId === vnetId ? p.vnetBId : p.vnetAId;
        const other = otherId === vnetId ? undefined : index.vnets.get(otherId);
        const at = order.get(p) ?? 0;
        const known = peers.get(otherId);
        if (other && (!known || at < known.order)) peers.set(otherId, { vnet: other, peering: p, order: at });
      }
      if (peers.size < 2) continue;
      const items: Array<{ key: Peer; cidr: Cidr }> = [];
      for (const peer of peers.values())
        for (const cidr of parsed.vnet.get(peer.vnet.id) ?? []) items.push({ key: peer, cidr });
      const pairs = findEarlierOverlaps(
        items,
        (k) => k.vnet.id,
        (k) => k.order,
      );
      for (const [first, second] of pairs) {
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
