import { attachments } from '../shared/attachments';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** NAT001: a NAT gateway serves subnets of one VNet only. */
export const nat001: Rule = {
  id: 'NAT001',
  severity: 'error',
  title: 'NAT gateway spans VNets',
  docs: DOCS.natGateway,
  check(design, index) {
    const out: Finding[] = [];
    for (const [natId, subnets] of attachments(design, index, 'natGatewayId')) {
      const nat = index.natGateways.get(natId);
      const vnets = [...new Set(subnets.map((s) => s.vnetId))].flatMap((id) => {
        const v = index.vnets.get(id);
        return v ? [v] : [];
      });
      if (!nat || vnets.length < 2) continue;
      out.push(
        finding(
          nat001,
          `NAT gateway ${nameOf(nat)} is attached to subnets of ${vnets.length} VNets (${listNames(vnets.map(nameOf))}): give each VNet its own NAT gateway.`,
          [nat.id, ...vnets.map((v) => v.id), ...subnets.map((s) => s.id)],
        ),
      );
    }
    return out;
  },
};
