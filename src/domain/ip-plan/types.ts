/**
 * The IP plan: one row per subnet (and, optionally, per unallocated range), with its VNet's context,
 * as the studio's table, the CSV/TSV exports and the review report show it.
 */

export type IpPlanRowKind = 'subnet' | 'free';

export interface IpPlanRow {
  /** Stable key for tables: the subnet id, or `free:<vnetId>:<prefix>` for an unallocated range. */
  id: string;
  kind: IpPlanRowKind;
  vnetId: string;
  subnetId: string | undefined;
  /** "Subnet" or "Free" (spelled out so the spreadsheet can filter on it). */
  kindLabel: string;
  vnet: string;
  region: string;
  /** The VNet's address prefixes, space-separated. */
  addressSpace: string;
  /** Subnet name; empty for a free range. */
  subnet: string;
  /** The prefix as typed (free ranges: the unallocated block). */
  prefix: string;
  /** A dual-stack subnet's IPv6 prefix as typed (empty otherwise); capacity figures are IPv4. */
  ipv6Prefix: string;
  /** For a subnet: the first address Azure hands out. For a free range: its first address. */
  firstUsable: string | undefined;
  lastUsable: string | undefined;
  /** Addresses in the block. */
  addresses: number | undefined;
  /** Addresses left after Azure's 5 reserved (subnets only). */
  usable: number | undefined;
  /** Service delegations, comma-separated. */
  delegation: string;
  natGateway: string;
  nsg: string;
  routeTable: string;
  /** Environments linked to a Power Platform delegated subnet, through any policy. */
  environments: string;
  /** Estimated Power Platform demand (delegated subnets only). */
  demand: number | undefined;
  /** Addresses minus demand; negative when the estimate does not fit. */
  headroom: number | undefined;
  /** The hub objects the subnet hosts ("afw-hub (Azure Firewall)"), `; `-separated; empty otherwise. */
  hubObjects: string;
}

/** How a column's values compare and align. */
export type IpPlanColumnType = 'text' | 'number' | 'address' | 'prefix';

export type IpPlanColumnKey = Exclude<keyof IpPlanRow, 'id' | 'kind' | 'vnetId' | 'subnetId'>;

export interface IpPlanColumn {
  key: IpPlanColumnKey;
  label: string;
  type: IpPlanColumnType;
  /** Right-align and sum-friendly. */
  numeric: boolean;
}
