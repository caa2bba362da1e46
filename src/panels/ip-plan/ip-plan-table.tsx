import { Fragment, type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import {
  formatIpPlanCell,
  type IpPlanColumn,
  type IpPlanColumnKey,
  type IpPlanRow,
} from '../../domain/ip-plan';
import { type Cell, moveCell } from './grid-keys';
import { type IpPlanSort, shortLabel } from './ip-plan-view';

interface Props {
  caption: string;
  columns: readonly IpPlanColumn[];
  rows: readonly IpPlanRow[];
  sort: IpPlanSort | undefined;
  onSort(key: IpPlanColumnKey): void;
  /** A row was chosen (click, Enter or Space): show its object on the canvas. */
  onActivate(row: IpPlanRow): void;
}

const ariaSort = (sort: IpPlanSort | undefined, key: IpPlanColumnKey) =>
  sort?.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';

/** Service names are long: let them wrap after a slash (`<wbr>` adds no text, so copies stay exact). */
function breakAfterSlashes(text: string): ReactNode {
  const parts = text.split('/');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}

const cellFocus = 'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600';

/**
 * The IP plan as a real table: a caption, column headers with sort buttons (`aria-sort`), one row per
 * subnet. The table is one tab stop; arrow keys, Home/End (with Ctrl: first/last cell) and Page Up/Down
 * move between cells (a roving tabindex), Enter on a row shows its subnet on the canvas.
 */
export function IpPlanTable({ caption, columns, rows, sort, onSort, onActivate }: Props) {
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const table = useRef<HTMLTableElement>(null);
  // Rows can disappear under a filter: keep the active cell inside the table.
  const current: Cell = {
    row: Math.min(active.row, rows.length),
    col: Math.min(active.col, Math.max(0, columns.length - 1)),
  };
  const tabIndex = (row: number, col: number) => (row === current.row && col === current.col ? 0 : -1);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const next = moveCell(current, e.key, rows.length + 1, columns.length, e.ctrlKey || e.metaKey);
    if (next) {
      e.preventDefault();
      setActive(next);
      table.current?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && current.row > 0) {
      const row = rows[current.row - 1];
      if (!row || !(e.target instanceof HTMLTableCellElement)) return;
      e.preventDefault();
      onActivate(row);
    }
  };

  return (
    <table
      ref={table}
      className="w-full border-separate border-spacing-0 text-left text-[13px]"
      onKeyDown={onKeyDown}
    >
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 z-10 bg-slate-100 dark:bg-slate-800">
        <tr>
          {columns.map((c, col) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={ariaSort(sort, c.key)}
              className={`border-b border-slate-300 px-0 py-0 font-semibold whitespace-nowrap dark:border-slate-600 ${c.numeric ? 'text-right' : ''}`}
            >
              <button
                type="button"
                data-cell={`0:${col}`}
                tabIndex={tabIndex(0, col)}
                onFocus={() => setActive({ row: 0, col })}
                onClick={() => {
                  setActive({ row: 0, col });
                  onSort(c.key);
                }}
                title={c.label === shortLabel(c) ? `Sort by ${c.label}` : `${c.label}: sort by it`}
                className={`inline-flex w-full items-center gap-1 px-2 py-1.5 text-slate-800 hover:bg-slate-200 dark:text-slate-100 dark:hover:bg-slate-700 ${c.numeric ? 'justify-end' : ''} ${cellFocus}`}
              >
                {shortLabel(c)}
                <span aria-hidden="true" className="w-3 text-sky-700 dark:text-sky-300">
                  {sort?.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr
            key={r.id}
            onClick={() => {
              onActivate(r);
            }}
            className={`cursor-pointer hover:bg-sky-50 dark:hover:bg-slate-800 ${r.kind === 'free' ? 'text-slate-600 italic dark:text-slate-400' : ''}`}
          >
            {columns.map((c, col) => {
              const text = formatIpPlanCell(r, c.key);
              const negative = c.key === 'headroom' && r.headroom !== undefined && r.headroom < 0;
              const Tag = col === columns.findIndex((x) => x.key === 'subnet') ? 'th' : 'td';
              return (
                <Tag
                  key={c.key}
                  scope={Tag === 'th' ? 'row' : undefined}
                  data-cell={`${i + 1}:${col}`}
                  tabIndex={tabIndex(i + 1, col)}
                  onFocus={() => setActive({ row: i + 1, col })}
                  className={`border-b border-slate-200 px-2 py-1 align-baseline dark:border-slate-700 ${c.key === 'delegation' ? 'min-w-40' : 'whitespace-nowrap'} ${Tag === 'th' ? 'font-medium' : 'font-normal'} ${c.numeric ? 'text-right tabular-nums' : ''} ${c.type === 'prefix' || c.type === 'address' ? 'font-mono text-[12px]' : ''} ${negative ? 'font-semibold text-red-700 dark:text-red-300' : ''} ${cellFocus}`}
                >
                  {c.key === 'delegation' ? breakAfterSlashes(text) : text}
                </Tag>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
