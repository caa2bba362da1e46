/** The table's rows and columns for the current design, filter and sort (pure, so it is unit-tested). */

import {
  buildIpPlan,
  filterIpPlanRows,
  findIpPlanColumn,
  type IpPlanColumn,
  type IpPlanColumnKey,
  type IpPlanRow,
  type SortDirection,
  sortIpPlanRows,
} from '../../domain/ip-plan';
import type { Design } from '../../domain/model/schema';

export interface IpPlanSort {
  key: IpPlanColumnKey;
  direction: SortDirection;
}

export interface IpPlanViewOptions {
  filter: string;
  sort: IpPlanSort | undefined;
  includeFree: boolean;
}

/** The columns the table shows (the CSV and TSV carry every column, in the export order). */
const tableKeys: readonly IpPlanColumnKey[] = [
  'vnet',
  'subnet',
  'prefix',
  'firstUsable',
  'lastUsable',
  'usable',
  // Demand and headroom next to the size they are measured against, before the long service names.
  'demand',
  'headroom',
  'delegation',
  'natGateway',
  'nsg',
  'routeTable',
];

export interface IpPlanView {
  columns: IpPlanColumn[];
  /** Rows after filter and sort, in display order. */
  rows: IpPlanRow[];
  /** Rows before filtering. */
  total: number;
}

/** Columns, rows and counts for the table. With free blocks shown, a "Kind" column leads. */
export function ipPlanView(design: Design, options: IpPlanViewOptions): IpPlanView {
  const keys: IpPlanColumnKey[] = options.includeFree ? ['kindLabel', ...tableKeys] : [...tableKeys];
  const columns = keys.map((k) => findIpPlanColumn(k)).filter((c) => c !== undefined);
  const all = buildIpPlan(design, { includeFree: options.includeFree });
  const filtered = filterIpPlanRows(all, options.filter);
  const rows = options.sort ? sortIpPlanRows(filtered, options.sort.key, options.sort.direction) : filtered;
  return { columns, rows, total: all.length };
}

/** The next sort after activating a column's header: ascending first, then flipping. */
export function nextSort(current: IpPlanSort | undefined, key: IpPlanColumnKey): IpPlanSort {
  if (current?.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: 'asc' };
}

/** A short label for column headers that are long in the export. */
export function shortLabel(column: IpPlanColumn): string {
  if (column.key === 'demand') return 'Demand';
  return column.label;
}
