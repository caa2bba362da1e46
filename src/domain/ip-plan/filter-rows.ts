import { formatIpPlanCell, ipPlanColumns } from './columns';
import type { IpPlanRow } from './types';

/**
 * Rows matching a free-text filter: every whitespace-separated term must appear (case-insensitively) in
 * some cell of the row, so `eastus delegat` finds delegated subnets in East US. An empty filter keeps all.
 */
export function filterIpPlanRows(rows: readonly IpPlanRow[], query: string): IpPlanRow[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) => {
    const cells = ipPlanColumns.map((c) => formatIpPlanCell(row, c.key).toLowerCase());
    return terms.every((t) => cells.some((cell) => cell.includes(t)));
  });
}
