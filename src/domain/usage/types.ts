/**
 * The IP usage model's shapes: read by the IP usage panel, the IP plan table, the CSV export, the review
 * report and the CLI `usage` verb. Plain data (no Maps inside the per-VNet records) so it serialises.
 */
import type { EnvironmentType, Occupant } from '../model/schema';

/** An environment counted in a delegated subnet's demand. */
export interface DemandEnvironment {
  id: string;
  name: string;
  type: EnvironmentType;
  /** Addresses it is estimated to take (30 production/default, 10 sandbox/developer). */
  addresses: number;
  /** Policies through which it reaches this subnet. */
  policyIds: string[];
}

/** Environments per subnet by the white paper's older rule of thumb, scaled to the subnet's size. */
export interface SizingGuidance {
  /** Environments per /24 by execution load, as the white paper states them. */
  perSlash24: {
    high: readonly [number, number];
    medium: readonly [number, number];
    low: readonly [number, number];
  };
  /** The same ranges scaled to this subnet's size (rounded down). */
  forThisSubnet: { high: [number, number]; medium: [number, number]; low: [number, number] };
  /** One line for people: "3–5 high-load / 10–20 medium / 20–50 low-load environments per /24". */
  text: string;
}

/** Estimated Power Platform demand on a subnet delegated to `Microsoft.PowerPlatform/enterprisePolicies`. */
export interface PowerPlatformDemand {
  /** Environments linked through any policy referencing the subnet (each counted once). */
  environments: DemandEnvironment[];
  productionCount: number;
  nonProductionCount: number;
  /** Environments linked but of a type that takes no estimate (Trial, Teams: ENV001 reports them). */
  uncountedEnvironmentIds: string[];
  /** Policies referencing the subnet. */
  policyIds: string[];
  /** Estimated addresses: environments' estimates + 5 Azure-reserved. */
  estimated: number;
  /** Subnet size minus the estimate (negative when it does not fit). */
  headroom: number;
  /** Estimated demand as a percentage of the subnet's addresses (0–∞, one decimal). */
  percentUsed: number;
  /** Longest prefix whose block holds the estimate (never longer than /29), undefined past /2. */
  smallestPrefix: number | undefined;
  fits: boolean;
  /** 90 % or more of the subnet: Microsoft's diagnostics call it "close to full". */
  nearFull: boolean;
  guidance: SizingGuidance;
}

export interface SubnetUsage {
  subnetId: string;
  vnetId: string;
  name: string;
  /** The prefix as typed. */
  prefix: string;
  /** The subnet's IPv6 prefix (dual-stack), as typed, when it is a valid IPv6 prefix. */
  ipv6Prefix: string | undefined;
  /** Whether the prefix parses as a network address (NET001 reports it otherwise). */
  valid: boolean;
  prefixLength: number | undefined;
  /** Addresses in the block (0 when invalid). */
  size: number;
  /** Addresses Azure keeps in every subnet (5). */
  reserved: number;
  /** size − reserved. */
  usable: number;
  firstUsable: string | undefined;
  lastUsable: string | undefined;
  occupants: Occupant[];
  /** Addresses taken by occupants (private endpoints, VMs, ...). */
  occupantAddresses: number;
  /** Delegated to any service. */
  delegated: boolean;
  delegations: string[];
  /** Delegated to Microsoft.PowerPlatform/enterprisePolicies. */
  powerPlatform: boolean;
  /** Present only for Power Platform delegated subnets. */
  demand: PowerPlatformDemand | undefined;
}

export interface VnetUsage {
  vnetId: string;
  name: string;
  region: string;
  /** Addresses in the VNet's valid address prefixes (overlaps counted once). */
  addressSpace: number;
  /** Addresses of the address space covered by subnets. */
  allocated: number;
  free: number;
  /** Unallocated parts of the address space, as CIDR blocks in address order. */
  freeRanges: string[];
  /** Address prefixes that do not parse (reported by NET001), skipped above. */
  invalidPrefixes: string[];
  /**
   * Valid IPv6 prefixes of a dual-stack VNet, as typed. Listed, never counted: the figures above and
   * Power Platform capacity are IPv4 (delegated subnets are sized on their IPv4 prefix).
   */
  ipv6Prefixes: string[];
  subnets: SubnetUsage[];
  /** Sum of the estimated demand of the VNet's Power Platform subnets. */
  powerPlatformDemand: number;
}

export interface DesignUsage {
  vnets: VnetUsage[];
  /** Every subnet's usage by subnet id (subnets of unknown VNets included). */
  subnets: ReadonlyMap<string, SubnetUsage>;
  byVnet: ReadonlyMap<string, VnetUsage>;
}
