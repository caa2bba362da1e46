import { attachments } from '../shared/attachments';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import { isGatewaySubnet } from '../shared/special-subnets';
import type { Finding, Rule } from '../types';

/** NAT005: a NAT gateway can't be attached to a VNet's GatewaySubnet. */
export const nat005: Rule = {
  id: 'NAT005',
  severity: 'error',
  title: 'NAT gateway on GatewaySubnet',
  docs: DOCS.natGateway,
  check(design, index) {
    const out: Finding[] = [];
    for (const [id, subnets] of attachments(design, index, 'natGatewayId')) {
      const nat = index.natGateways.get(id);
      if (!nat) continue;
      for (const s of subnets) {
        if (!isGatewaySubnet(s)) continue;
        out.push(
          finding(
            nat005,
            `NAT gateway ${nameOf(nat)} is attached to ${subnetLabel(s, index)}, a gateway subnet, which NAT gateways can't serve: detach it from GatewaySubnet.`,
            [nat.id, s.id],
          ),
        );
      }
    }
    return out;
  },
};
