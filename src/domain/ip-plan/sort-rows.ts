import { ipToNumber } from '../ip/cidr';
import { findIpPlanColumn, formatIpPlanCell } from './columns';
import type { IpPlanColumnKey, IpPlanColumnType, IpPlanRow } from './types';

export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Orders text holding an address or prefix by its numeric value (`10.0.2.0/24` before `10.0.10.0/24`),
 * then by prefix length (the larger block first). Text that is no address sorts after every address,
 * alphabetically. Empty values always sort last.
 */
export function compareAddressText(a: string, b: string): number {
  const ka = addressKey(a);
  const kb = addressKey(b);
  if (ka && kb) return ka[0] - kb[0] || ka[1] - kb[1];
  if (ka) return -1;
  if (kb) return 1;
  return collator.compare(a, b);
}

function addressKey(text: string): [number, number] | undefined {
  // A VNet's address space lists several prefixes; the first one orders it.
  const first = text.trim().split(/\s+/)[0] ?? '';
  const slash = first.indexOf('/');
  const ip = ipToNumber(slash === -1 ? first : first.slice(0, slash));
  if (ip === undefined) return undefined;
  const length = slash === -1 ? 32 : Number(first.slice(slash + 1));
  return [ip, Number.isFinite(length) ? length : 33];
}

function compareValues(type: IpPlanColumnType, a: IpPlanRow, b: IpPlanRow, key: IpPlanColumnKey): number {
  if (type === 'number') {
    const x = a[key] as number | undefined;
    const y = b[key] as number | undefined;
    return (x as number) - (y as number);
  }
  const x = formatIpPlanCell(a, key);
  const y = formatIpPlanCell(b, key);
  return type === 'text' ? collator.compare(x, y) : compareAddressText(x, y);
}

function isEmpty(row: IpPlanRow, key: IpPlanColumnKey): boolean {
  const v = row[key];
  return v === undefined || v === '';
}

/**
 * A sorted copy of the rows by one column: numbers numerically, addresses and prefixes by address,
 * text naturally (`snet-2` before `snet-10`), case-insensitively. Empty cells go last in either
 * direction; ties keep the incoming order.
 */
export function sortIpPlanRows(
  rows: readonly IpPlanRow[],
  key: IpPlanColumnKey,
  direction: SortDirection = 'asc',
): IpPlanRow[] {
  const column = findIpPlanColumn(key);
  if (!column) return [...rows];
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const ea = isEmpty(a.row, key);
      const eb = isEmpty(b.row, key);
      if (ea || eb) return ea === eb ? a.i - b.i : ea ? 1 : -1;
      return sign * compareValues(column.type, a.row, b.row, key) || a.i - b.i;
    })
    .map((x) => x.row);
}
