import { buildIpPlan } from '../ip-plan/build-ip-plan';
import { indexDesign } from '../model/design-index';
import { kindList, kinds } from '../model/kinds';
import type { Design, PeeringLink } from '../model/schema';
import { ruleCatalog } from '../rules/rule-catalog';
import { countBySeverity, validateDesign } from '../rules/validate';
import { computeUsage } from '../usage/compute-usage';
import { buildPolicySections, geographyLabel } from './policy-sections';
import { buildPostDeployment } from './post-deployment';
import type { DesignReport, ReportFinding, ReportPeeringLink, ReportSummary, ReportVnetSpace } from './types';

export interface ReportOptions {
  /** Shown under the title, e.g. an ISO date; omitted by default so reports are reproducible. */
  generatedAt?: string;
  /** Include the exporter's complete post-deployment scripts (default true). */
  scripts?: boolean;
}

/** Display names for any object id, so findings name what the reader sees on the canvas. */
function nameResolver(design: Design): (id: string) => string {
  const i = indexDesign(design);
  // Peerings have no name of their own: they are named by their VNets below.
  const maps = kindList
    .filter((k) => k !== 'peering')
    .map((k) => i[kinds[k].collection] as ReadonlyMap<string, { name: string }>);
  return (id) => {
    for (const m of maps) {
      const o = m.get(id);
      if (o) return o.name;
    }
    const p = i.peerings.get(id);
    if (p)
      return `${i.vnets.get(p.vnetAId)?.name ?? p.vnetAId} ↔ ${i.vnets.get(p.vnetBId)?.name ?? p.vnetBId}`;
    return id;
  };
}

function summaryOf(
  design: Design,
  findings: ReturnType<typeof validateDesign>,
  generatedAt?: string,
): ReportSummary {
  const delegated = design.subnets.filter((s) => s.delegations.length > 0).length;
  const locations = [
    ...design.policies.map((p) => p.location),
    ...design.environments.map((e) => e.geography),
  ];
  return {
    name: design.name,
    description: design.description,
    counts: kindList.flatMap((kind) => {
      const { collection, label } = kinds[kind];
      const count = { label: label.many, value: design[collection].length };
      // Delegated subnets are counted right after subnets.
      return kind === 'subnet' ? [count, { label: 'Delegated subnets', value: delegated }] : [count];
    }),
    geographies: [...new Set(locations.filter(Boolean).map(geographyLabel))].sort(),
    findings: countBySeverity(findings),
    generatedAt,
  };
}

function vnetSpaces(design: Design): ReportVnetSpace[] {
  return computeUsage(design).vnets.map((u) => ({
    vnet: u.name,
    region: u.region,
    addressSpace: indexDesign(design).vnets.get(u.vnetId)?.addressPrefixes.join(' ') ?? '',
    addresses: u.addressSpace,
    allocated: u.allocated,
    free: u.free,
    freeRanges: u.freeRanges,
    ipv6Prefixes: u.ipv6Prefixes,
  }));
}

function peeringLinks(design: Design): ReportPeeringLink[] {
  const i = indexDesign(design);
  const name = (id: string) => i.vnets.get(id)?.name ?? id;
  const link = (from: string, to: string, l: PeeringLink | null): ReportPeeringLink => ({
    from: name(from),
    to: name(to),
    name: l?.name ?? `${name(from)}-to-${name(to)}`,
    present: l !== null,
    allowVirtualNetworkAccess: l?.allowVirtualNetworkAccess ?? false,
    allowForwardedTraffic: l?.allowForwardedTraffic ?? false,
    allowGatewayTransit: l?.allowGatewayTransit ?? false,
    useRemoteGateways: l?.useRemoteGateways ?? false,
  });
  return design.peerings.flatMap((p) => [
    link(p.vnetAId, p.vnetBId, p.aToB),
    link(p.vnetBId, p.vnetAId, p.bToA),
  ]);
}

function reportFindings(design: Design, findings: ReturnType<typeof validateDesign>): ReportFinding[] {
  const nameOf = nameResolver(design);
  return findings.map((f) => ({
    severity: f.severity,
    ruleId: f.ruleId,
    title: ruleCatalog[f.ruleId]?.title,
    message: f.message,
    objects: f.objectIds.map(nameOf),
    docs: f.docs,
  }));
}

/**
 * The design review report: summary, one section per enterprise policy, address spaces, the IP plan,
 * peerings, findings and post-deployment steps. Pure and deterministic: the same design gives the same
 * report (dates only when injected through `generatedAt`).
 */
export function buildDesignReport(design: Design, options: ReportOptions = {}): DesignReport {
  const findings = validateDesign(design);
  return {
    summary: summaryOf(design, findings, options.generatedAt),
    policies: buildPolicySections(design),
    vnets: vnetSpaces(design),
    ipPlan: buildIpPlan(design),
    peerings: peeringLinks(design),
    findings: reportFindings(design, findings),
    postDeployment: buildPostDeployment(design, { scripts: options.scripts !== false }),
  };
}
