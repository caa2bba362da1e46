import { DELEGATION_ENTERPRISE_POLICIES, type Occupant } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf, subnetLabel } from '../shared/names';
import { parsedPrefixes } from '../shared/parsed-prefixes';
import type { Rule } from '../types';

const occupantWords: Record<Occupant['kind'], string> = {
  PrivateEndpoint: 'private endpoint',
  VirtualMachine: 'virtual machine',
  Gateway: 'gateway',
  LoadBalancer: 'load balancer',
  Other: '',
};

/** SUB001: a Power Platform delegated subnet is dedicated: no other delegation, nothing else in it. */
export const sub001: Rule = {
  id: 'SUB001',
  severity: 'error',
  title: 'Delegated subnet is not dedicated',
  docs: DOCS.overview,
  check(design, index) {
    const residents = new Map<string, string[]>();
    for (const r of design.resources) {
      if (r.placement.type !== 'subnet') continue;
      const list = residents.get(r.placement.subnetId);
      if (list) list.push(r.id);
      else residents.set(r.placement.subnetId, [r.id]);
    }
    return parsedPrefixes(design).powerPlatformSubnets.flatMap((subnet) => {
      const others = subnet.delegations.filter((d) => d !== DELEGATION_ENTERPRISE_POLICIES);
      const occupants = subnet.occupants.map((o) => `${occupantWords[o.kind]} ${o.name}`.trim());
      const resourceIds = residents.get(subnet.id) ?? [];
      const resourceNames = resourceIds.map((id) => {
        const r = index.resources.get(id);
        return `resource ${r ? nameOf(r) : id}`;
      });
      const problems = [
        ...(others.length ? [`also delegated to ${listNames(others)}`] : []),
        ...(occupants.length || resourceNames.length
          ? [`holds ${listNames([...occupants, ...resourceNames])}`]
          : []),
      ];
      if (problems.length === 0) return [];
      return [
        finding(
          sub001,
          `Subnet ${subnetLabel(subnet, index)} is delegated to Power Platform but ${problems.join(' and ')}: dedicate it to Power Platform and move the rest to another subnet.`,
          [subnet.id, ...resourceIds],
        ),
      ];
    });
  },
};
