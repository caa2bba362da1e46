import { hasGateway } from '../../model/hub-objects';
import type { Peering, PeeringLink, VirtualNetwork } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

interface RemoteUse {
  peering: Peering;
  local: VirtualNetwork;
  remote: VirtualNetwork;
  remoteLink: PeeringLink | null;
}

/** PEER003: useRemoteGateways on one peering at most, never with an own gateway, only towards a transit gateway. */
export const peer003: Rule = {
  id: 'PEER003',
  severity: 'error',
  title: 'Gateway transit misconfigured',
  docs: DOCS.gatewayTransit,
  check(design, index) {
    const uses = new Map<string, RemoteUse[]>();
    for (const p of design.peerings) {
      if (p.vnetAId === p.vnetBId) continue;
      const a = index.vnets.get(p.vnetAId);
      const b = index.vnets.get(p.vnetBId);
      if (!a || !b) continue;
      const add = (u: RemoteUse) => uses.set(u.local.id, [...(uses.get(u.local.id) ?? []), u]);
      if (p.aToB?.useRemoteGateways) add({ peering: p, local: a, remote: b, remoteLink: p.bToA });
      if (p.bToA?.useRemoteGateways) add({ peering: p, local: b, remote: a, remoteLink: p.aToB });
    }
    const out: Finding[] = [];
    for (const list of uses.values()) {
      const local = (list[0] as RemoteUse).local;
      if (list.length > 1) {
        out.push(
          finding(
            peer003,
            `VNet ${nameOf(local)} uses remote gateways on ${list.length} peerings (to ${list.map((u) => nameOf(u.remote)).join(', ')}): keep useRemoteGateways on one only.`,
            [local.id, ...list.map((u) => u.peering.id)],
          ),
        );
      }
      for (const u of list) {
        const ids = [u.peering.id, u.local.id, u.remote.id];
        if (hasGateway(design, local.id))
          out.push(
            finding(
              peer003,
              `VNet ${nameOf(local)} has its own gateway but uses the remote gateway of ${nameOf(u.remote)}: turn off useRemoteGateways or remove its gateway.`,
              ids,
            ),
          );
        if (!hasGateway(design, u.remote.id))
          out.push(
            finding(
              peer003,
              `VNet ${nameOf(local)} uses remote gateways through its peering with ${nameOf(u.remote)}, which has no gateway: add a gateway to ${nameOf(u.remote)} or turn off useRemoteGateways.`,
              ids,
            ),
          );
        else if (!u.remoteLink?.allowGatewayTransit)
          out.push(
            finding(
              peer003,
              `VNet ${nameOf(local)} uses the gateway of ${nameOf(u.remote)}, but ${nameOf(u.remote)}'s peering to it does not allow gateway transit: turn on allowGatewayTransit there.`,
              ids,
            ),
          );
      }
    }
    return out;
  },
};
