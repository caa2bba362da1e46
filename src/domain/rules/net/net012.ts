import { attachments } from '../shared/attachments';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import type { Finding, Rule } from '../types';

/** NET012: an NSG, route table or NAT gateway attached to a subnet is in its VNet's subscription. */
export const net012: Rule = {
  id: 'NET012',
  severity: 'error',
  title: 'Attachment in another subscription',
  docs: DOCS.manageSubnet,
  check(design, index) {
    const out: Finding[] = [];
    const kinds = [
      ['natGatewayId', 'NAT gateway', index.natGateways],
      ['nsgId', 'NSG', index.nsgs],
      ['routeTableId', 'Route table', index.routeTables],
    ] as const;
    for (const [field, label, map] of kinds) {
      for (const [id, subnets] of attachments(design, index, field)) {
        const res = map.get(id);
        // No subscription of its own: it follows the VNet of the subnets using it.
        const sub = res?.subscriptionId?.trim();
        if (!res || !sub) continue;
        for (const s of subnets) {
          const vnet = index.vnets.get(s.vnetId);
          if (!vnet || vnet.subscriptionId.trim() === sub) continue;
          out.push(
            finding(
              net012,
              `${label} ${nameOf(res)} is in subscription ${sub} but subnet ${subnetLabel(s, index)} is in ${vnet.subscriptionId}: use one in ${vnet.subscriptionId} (attachments must share the VNet's subscription).`,
              [res.id, s.id, vnet.id],
            ),
          );
        }
      }
    }
    return out;
  },
};
