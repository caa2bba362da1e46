import { tryParseCidr } from '../../ip/cidr';
import type { NetworkSecurityGroup, Subnet } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf, subnetLabel } from '../shared/names';
import { evaluateOutbound, type FlowVerdict } from '../shared/nsg-eval';
import { linkedPolicies, policyContexts } from '../shared/policy-context';
import type { Finding, Rule } from '../types';

/**
 * "The internet" as an NSG sees it: only rules naming `Internet`, `*` or a CIDR covering every address
 * (0.0.0.0/0) speak about all public endpoints; a rule about one public range does not.
 */
function internetRules(nsg: NetworkSecurityGroup): NetworkSecurityGroup {
  const broad = (prefix: string) =>
    prefix.split(',').some((part) => {
      const p = part.trim().toLowerCase();
      return p === '*' || p === 'any' || p === 'internet' || tryParseCidr(p)?.prefixLength === 0;
    });
  return { ...nsg, rules: nsg.rules.filter((r) => broad(r.destinationAddressPrefix)) };
}

/** SUB008: an environment that calls the internet needs its delegated subnet's NSG to let HTTPS out. */
export const sub008: Rule = {
  id: 'SUB008',
  severity: 'warning',
  title: 'NSG denies the internet calls of an environment',
  docs: DOCS.nsg,
  check(design, index) {
    const contexts = policyContexts(design);
    const callers = new Map<string, { subnet: Subnet; envIds: string[] }>();
    for (const env of design.environments) {
      if (!env.callsInternet) continue;
      for (const policy of linkedPolicies(env.policyIds, index)) {
        for (const { subnet } of contexts.get(policy.id)?.targets ?? []) {
          const entry = callers.get(subnet.id) ?? { subnet, envIds: [] };
          if (!entry.envIds.includes(env.id)) entry.envIds.push(env.id);
          callers.set(subnet.id, entry);
        }
      }
    }
    const verdicts = new Map<string, FlowVerdict>();
    const out: Finding[] = [];
    for (const { subnet, envIds } of callers.values()) {
      const nsg = subnet.nsgId ? index.nsgs.get(subnet.nsgId) : undefined;
      if (!nsg) continue;
      const source = tryParseCidr(subnet.prefix);
      const key = `${nsg.id}|${subnet.prefix}`;
      let verdict = verdicts.get(key);
      if (!verdict) {
        verdict = evaluateOutbound(internetRules(nsg), {
          protocol: 'Tcp',
          port: 443,
          // A public address; only rules that cover every address match it (see internetRules).
          destination: 0x14000001,
          source,
          destinationInVirtualNetwork: false,
          destinationIsAzureDns: false,
        });
        verdicts.set(key, verdict);
      }
      if (verdict.allowed || !verdict.rule) continue;
      const names = envIds.map((id) => {
        const e = index.environments.get(id);
        return e ? nameOf(e) : id;
      });
      out.push(
        finding(
          sub008,
          `${listNames(names)} ${names.length === 1 ? 'calls' : 'call'} internet endpoints but NSG ${nameOf(nsg)} on subnet ${subnetLabel(subnet, index)} denies outbound HTTPS to the internet with rule ${verdict.rule.name.trim() || '(unnamed)'} (priority ${verdict.rule.priority}): add an Allow rule for TCP 443 to Internet with a lower priority number.`,
          [nsg.id, subnet.id, ...envIds],
        ),
      );
    }
    return out;
  },
};
