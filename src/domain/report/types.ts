/**
 * The design review report as data: built once from a design, rendered as Markdown or printable HTML.
 * Every string here is user text or plain product text; renderers escape it for their format.
 */
import type { IpPlanRow } from '../ip-plan/types';
import type { Severity } from '../rules/types';

export interface ReportCount {
  label: string;
  value: number;
}

export interface ReportSummary {
  name: string;
  description: string | undefined;
  counts: ReportCount[];
  /** Geographies the design's policies and environments use, as labels ("United States (unitedstates)"). */
  geographies: string[];
  findings: Record<Severity, number>;
  /** An injected "generated at" text; absent by default so the report is reproducible. */
  generatedAt: string | undefined;
}

export interface ReportSubnetCapacity {
  subnetId: string;
  subnet: string;
  vnet: string;
  region: string;
  prefix: string;
  /** Addresses in the subnet (undefined when the prefix does not parse). */
  size: number | undefined;
  /** Estimated Power Platform demand (environments + 5 reserved). */
  demand: number | undefined;
  headroom: number | undefined;
  percentUsed: number | undefined;
  /** "/25": the smallest subnet that holds the estimate. */
  smallestFit: string | undefined;
  /** "fits", "near full" (≥ 90 %), "too small", "not delegated", "missing", "invalid prefix". */
  status: string;
}

export interface ReportEnvironment {
  name: string;
  type: string;
  managed: boolean;
  geography: string;
  environmentId: string | undefined;
}

export interface ReportPolicySection {
  policyId: string;
  name: string;
  location: string;
  /** Geography label, or a note that the location is not supported. */
  geography: string;
  regions: string[];
  /** The policy's Azure resource ID (what `Enable-SubnetInjection -PolicyArmId` takes). */
  resourceId: string;
  subnets: ReportSubnetCapacity[];
  environments: ReportEnvironment[];
}

export interface ReportVnetSpace {
  vnet: string;
  region: string;
  addressSpace: string;
  addresses: number;
  allocated: number;
  free: number;
  freeRanges: string[];
  /** IPv6 prefixes of a dual-stack VNet (listed; the figures are IPv4). */
  ipv6Prefixes: string[];
}

export interface ReportPeeringLink {
  from: string;
  to: string;
  /** The peering resource name on the `from` VNet. */
  name: string;
  present: boolean;
  allowVirtualNetworkAccess: boolean;
  allowForwardedTraffic: boolean;
  allowGatewayTransit: boolean;
  useRemoteGateways: boolean;
}

export interface ReportFinding {
  severity: Severity;
  ruleId: string;
  /** The rule's title from the catalogue, when known. */
  title: string | undefined;
  /** The finding's message: what is wrong and what to change. */
  message: string;
  /** Display names of the objects involved. */
  objects: string[];
  docs: string | undefined;
}

export interface PostDeploymentLink {
  environment: string;
  /** The Power Platform environment id, or a placeholder to fill in. */
  environmentId: string;
  policy: string;
  command: string;
}

export interface PostDeploymentScript {
  /** `subscriptionId/resourceGroup` the script's template deploys to. */
  scope: string;
  text: string;
}

export interface PostDeploymentSection {
  prerequisites: string[];
  links: PostDeploymentLink[];
  /** The exporter's complete PowerShell script, one per resource group holding a policy. */
  scripts: PostDeploymentScript[];
}

export interface DesignReport {
  summary: ReportSummary;
  policies: ReportPolicySection[];
  vnets: ReportVnetSpace[];
  ipPlan: IpPlanRow[];
  peerings: ReportPeeringLink[];
  findings: ReportFinding[];
  postDeployment: PostDeploymentSection;
}
