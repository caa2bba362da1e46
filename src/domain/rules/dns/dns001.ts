import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import { policyContexts } from '../shared/policy-context';
import type { Rule } from '../types';

const describe = (servers: readonly string[]) => (servers.length ? servers.join(', ') : 'Azure DNS');

/** DNS001: both delegated VNets of a policy resolve names the same way, or failover changes resolution. */
export const dns001: Rule = {
  id: 'DNS001',
  severity: 'warning',
  title: 'Delegated VNets use different DNS servers',
  docs: DOCS.overview,
  check(design) {
    return [...policyContexts(design).values()].flatMap(({ policy, targets }) => {
      const [a, b] = targets;
      if (!a || !b || a.vnet.id === b.vnet.id) return [];
      const da = a.vnet.dnsServers.map((s) => s.trim());
      const db = b.vnet.dnsServers.map((s) => s.trim());
      if (da.length === db.length && da.every((s, i) => s === db[i])) return [];
      return [
        finding(
          dns001,
          `VNet ${nameOf(b.vnet)} uses ${describe(db)} but its twin ${nameOf(a.vnet)} uses ${describe(da)}: configure the same DNS servers on both (policy ${nameOf(policy)}).`,
          [b.vnet.id, policy.id, a.vnet.id],
        ),
      ];
    });
  },
};
