import { regionLabel } from '../../catalog/regions';
import { attachments } from '../shared/attachments';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import type { Finding, Rule } from '../types';

/** NAT002: a NAT gateway is in the region of the VNets whose subnets it serves. */
export const nat002: Rule = {
  id: 'NAT002',
  severity: 'error',
  title: 'NAT gateway in another region',
  docs: DOCS.natGateway,
  check(design, index) {
    const out: Finding[] = [];
    for (const [natId, subnets] of attachments(design, index, 'natGatewayId')) {
      const nat = index.natGateways.get(natId);
      if (!nat) continue;
      for (const s of subnets) {
        const vnet = index.vnets.get(s.vnetId);
        if (!vnet || vnet.region === nat.region) continue;
        out.push(
          finding(
            nat002,
            `NAT gateway ${nameOf(nat)} is in ${regionLabel(nat.region)} but subnet ${subnetLabel(s, index)} is in ${regionLabel(vnet.region)}: use a NAT gateway in ${regionLabel(vnet.region)}.`,
            [nat.id, s.id, vnet.id],
          ),
        );
      }
    }
    return out;
  },
};
