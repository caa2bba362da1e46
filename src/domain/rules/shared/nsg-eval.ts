/**
 * Evaluates an NSG's outbound rules for one flow the way Azure does: user rules by ascending priority,
 * first match wins; with no match the default rules allow it (AllowVnetOutBound 65000 and
 * AllowInternetOutBound 65001 cover every IPv4 destination).
 * https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules
 */
import { type Cidr, cidrContains, cidrContainsIp, cidrOverlaps, parseCidr } from '../../ip/cidr';
import type { NetworkSecurityGroup, SecurityRule } from '../../model/schema';

export interface OutboundFlow {
  protocol: 'Tcp' | 'Udp';
  port: number;
  /** Destination address as a number. */
  destination: number;
  /** The source subnet's prefix (undefined when invalid: only "*" and VirtualNetwork sources match). */
  source: Cidr | undefined;
  /** Whether the destination belongs to the VirtualNetwork service tag (own or peered address space, and on-premises networks behind a gateway). */
  destinationInVirtualNetwork: boolean;
  /** Whether the destination is Azure's platform DNS (168.63.129.16). */
  destinationIsAzureDns: boolean;
}

export interface FlowVerdict {
  allowed: boolean;
  /** The user rule that decided, if any (undefined: the default rules allowed it). */
  rule: SecurityRule | undefined;
}

/** "53", "50-60", "*", "22,53,80-90" contain the port. */
export function portRangeContains(range: string, port: number): boolean {
  return range.split(',').some((part) => {
    const p = part.trim();
    if (p === '*' || p.toLowerCase() === 'any') return true;
    const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(p);
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return port >= lo && port <= hi;
  });
}

function parseAddress(text: string): Cidr | undefined {
  const t = text.trim();
  const r = parseCidr(t.includes('/') ? t : `${t}/32`);
  if (r.ok) return r.cidr;
  // Azure accepts prefixes with host bits in NSG rules and masks them.
  return r.code === 'host-bits' && r.suggestion ? parseAddress(r.suggestion) : undefined;
}

/**
 * Azure's platform addresses (Azure DNS at 168.63.129.16) are outside NSG rules unless a rule names their
 * service tag: for Azure DNS only `AzurePlatformDNS` matches; `*`, CIDRs and `Internet` don't.
 * https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#azure-platform-considerations
 */
function destinationMatches(prefix: string, flow: OutboundFlow): boolean {
  return prefix.split(',').some((part) => {
    const p = part.trim();
    const tag = p.toLowerCase();
    if (flow.destinationIsAzureDns) return tag === 'azureplatformdns';
    if (p === '*' || tag === 'any') return true;
    if (tag === 'virtualnetwork') return flow.destinationInVirtualNetwork;
    if (tag === 'azureplatformdns') return flow.destinationIsAzureDns;
    if (tag === 'internet') return !flow.destinationInVirtualNetwork && !flow.destinationIsAzureDns;
    const c = parseAddress(p);
    return c !== undefined && cidrContainsIp(c, flow.destination);
  });
}

/** A Deny counts when it catches any of the subnet; an Allow only when it covers all of it. */
function sourceMatches(prefix: string, flow: OutboundFlow, access: SecurityRule['access']): boolean {
  return prefix.split(',').some((part) => {
    const p = part.trim();
    const tag = p.toLowerCase();
    if (p === '*' || tag === 'any' || tag === 'virtualnetwork') return true;
    const c = parseAddress(p);
    if (!c || !flow.source) return false;
    return access === 'Deny' ? cidrOverlaps(c, flow.source) : cidrContains(c, flow.source);
  });
}

function ruleMatches(rule: SecurityRule, flow: OutboundFlow): boolean {
  return (
    rule.direction === 'Outbound' &&
    (rule.protocol === '*' || rule.protocol === flow.protocol) &&
    portRangeContains(rule.destinationPortRange, flow.port) &&
    destinationMatches(rule.destinationAddressPrefix, flow) &&
    sourceMatches(rule.sourceAddressPrefix, flow, rule.access)
  );
}

/** Whether the NSG lets the outbound flow through, and which rule decided. */
export function evaluateOutbound(nsg: NetworkSecurityGroup, flow: OutboundFlow): FlowVerdict {
  const ordered = nsg.rules
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => a.rule.priority - b.rule.priority || a.i - b.i);
  for (const { rule } of ordered) {
    if (ruleMatches(rule, flow)) return { allowed: rule.access === 'Allow', rule };
  }
  return { allowed: true, rule: undefined };
}

/** Whether any outbound rule's verdict depends on the source prefix (a CIDR source rather than a wildcard or tag). */
export function dependsOnSource(nsg: NetworkSecurityGroup): boolean {
  return nsg.rules.some(
    (r) =>
      r.direction === 'Outbound' &&
      r.sourceAddressPrefix.split(',').some((part) => !/^(\*|any|virtualnetwork)$/i.test(part.trim())),
  );
}
