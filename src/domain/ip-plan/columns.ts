import type { IpPlanColumn, IpPlanColumnKey, IpPlanRow } from './types';

const col = (key: IpPlanColumnKey, label: string, type: IpPlanColumn['type'] = 'text'): IpPlanColumn => ({
  key,
  label,
  type,
  numeric: type === 'number',
});

/** The IP plan's columns, in display and export order. */
export const ipPlanColumns: readonly IpPlanColumn[] = [
  col('kindLabel', 'Kind'),
  col('vnet', 'VNet'),
  col('region', 'Region'),
  col('addressSpace', 'VNet address space', 'prefix'),
  col('subnet', 'Subnet'),
  col('prefix', 'Prefix', 'prefix'),
  col('firstUsable', 'First usable', 'address'),
  col('lastUsable', 'Last usable', 'address'),
  col('addresses', 'Addresses', 'number'),
  col('usable', 'Usable', 'number'),
  col('delegation', 'Delegation'),
  col('natGateway', 'NAT gateway'),
  col('nsg', 'NSG'),
  col('routeTable', 'Route table'),
  col('environments', 'Linked environments'),
  col('demand', 'Power Platform demand', 'number'),
  col('headroom', 'Headroom', 'number'),
  // Last, so that existing spreadsheets keep their column positions.
  col('ipv6Prefix', 'IPv6 prefix', 'prefix'),
  col('hubObjects', 'Hub objects'),
];

/** The column with the given key, if any. */
export function findIpPlanColumn(key: string): IpPlanColumn | undefined {
  return ipPlanColumns.find((c) => c.key === key);
}

/** A cell as plain text: numbers in digits without separators, missing values empty. */
export function formatIpPlanCell(row: IpPlanRow, key: IpPlanColumnKey): string {
  const value = row[key];
  return value === undefined ? '' : String(value);
}
