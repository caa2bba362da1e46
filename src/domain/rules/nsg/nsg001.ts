import { regionLabel } from '../../catalog/regions';
import { attachments } from '../shared/attachments';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf, subnetLabel } from '../shared/names';
import type { Finding, Rule } from '../types';

/** NSG001: NSGs and route tables live in the region of the VNets whose subnets use them. */
export const nsg001: Rule = {
  id: 'NSG001',
  severity: 'error',
  title: 'NSG or route table in another region',
  docs: DOCS.nsg,
  check(design, index) {
    const out: Finding[] = [];
    const kinds = [
      ['nsgId', 'NSG', index.nsgs],
      ['routeTableId', 'Route table', index.routeTables],
    ] as const;
    for (const [field, label, map] of kinds) {
      for (const [id, subnets] of attachments(design, index, field)) {
        const res = map.get(id);
        if (!res) continue;
        for (const s of subnets) {
          const vnet = index.vnets.get(s.vnetId);
          if (!vnet || vnet.region === res.region) continue;
          out.push(
            finding(
              nsg001,
              `${label} ${nameOf(res)} is in ${regionLabel(res.region)} but subnet ${subnetLabel(s, index)} is in ${regionLabel(vnet.region)}: use one in ${regionLabel(vnet.region)}.`,
              [res.id, s.id, vnet.id],
            ),
          );
        }
      }
    }
    return out;
  },
};
