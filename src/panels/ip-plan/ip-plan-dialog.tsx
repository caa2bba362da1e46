import { useDeferredValue, useMemo, useState } from 'react';
import { findIpPlanColumn, type IpPlanRow, renderIpPlanCsv, renderIpPlanTsv } from '../../domain/ip-plan';
import { copyText } from '../../platform/clipboard';
import { downloadFile } from '../../platform/download-file';
import { selectDesign } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { fileBaseName } from '../report/file-base-name';
import { ModalDialog } from '../report/modal-dialog';
import { secondaryButton } from '../shared/form-styles';
import { IpPlanTable } from './ip-plan-table';
import { type IpPlanSort, ipPlanView, nextSort } from './ip-plan-view';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The IP plan view: every subnet with its addresses, attachments and Power Platform headroom in a
 * sortable, filterable table, to copy into a spreadsheet or wiki (TSV) or download (CSV). Copies and
 * downloads carry every column of the rows shown, in the order shown.
 */
export default function IpPlanDialog({ onClose }: { onClose(): void }) {
  const store = useStudioStore();
  const design = useStudio(selectDesign);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<IpPlanSort>();
  const [includeFree, setIncludeFree] = useState(false);
  const [status, setStatus] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const view = useMemo(
    () => ipPlanView(design, { filter: deferredFilter, sort, includeFree }),
    [design, deferredFilter, sort, includeFree],
  );

  const sortText = sort
    ? `, sorted by ${findIpPlanColumn(sort.key)?.label ?? sort.key} ${sort.direction === 'asc' ? 'ascending' : 'descending'}`
    : '';
  const shown =
    view.rows.length === view.total
      ? plural(view.total, 'row')
      : `${view.rows.length} of ${plural(view.total, 'row')}`;
  const caption = `IP plan of “${design.name}”: ${shown}${sortText}.`;

  const activate = (row: IpPlanRow) => {
    const id = row.subnetId ?? row.vnetId;
    onClose();
    store.getState().focus([id]);
    // Keyboard users continue on the canvas, at the object they chose.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  const copy = async () => {
    const result = await copyText(renderIpPlanTsv(view.rows));
    setStatus(
      result.ok
        ? `Copied ${plural(view.rows.length, 'row')} as a table: paste into a spreadsheet or wiki page.`
        : result.message,
    );
  };

  const download = () => {
    const name = `${fileBaseName(design)}-ip-plan.csv`;
    downloadFile(renderIpPlanCsv(view.rows), name, 'text/csv;charset=utf-8');
    setStatus(`Downloaded ${name} (${plural(view.rows.length, 'row')}).`);
  };

  return (
    <ModalDialog
      id="ip-plan"
      title="IP plan"
      description={`Every subnet of “${design.name}”: addresses, attachments and Power Platform headroom. Choose a row to show it on the canvas.`}
      className="h-[min(56rem,calc(100vh-2rem))] w-[min(110rem,calc(100vw-2rem))]"
      onClose={onClose}
    >
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">Filter</span>
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="e.g. eastus PowerPlatform"
            aria-describedby="ip-plan-count"
            className="h-8 w-64 rounded border border-slate-300 bg-white px-2 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400"
          />
        </label>
        <label className="flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            checked={includeFree}
            onChange={(e) => setIncludeFree(e.target.checked)}
            className="accent-sky-700"
          />
          Show free blocks
        </label>
        <span id="ip-plan-count" className="text-xs text-slate-600 dark:text-slate-400">
          {shown}
        </span>
        <p role="status" className="min-w-0 flex-1 text-right text-xs text-slate-600 dark:text-slate-300">
          {status}
        </p>
        <div className="flex items-center gap-2">
          <button type="button" className={secondaryButton} onClick={() => void copy()}>
            Copy as TSV
          </button>
          <button type="button" className={secondaryButton} onClick={download}>
            Download CSV
          </button>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-auto">
        {view.rows.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-300">
            {view.total === 0 ? 'This design has no subnets yet.' : 'No row matches the filter.'}
          </p>
        ) : (
          <IpPlanTable
            caption={caption}
            columns={view.columns}
            rows={view.rows}
            sort={sort}
            onSort={(key) => setSort((s) => nextSort(s, key))}
            onActivate={activate}
          />
        )}
      </div>
    </ModalDialog>
  );
}
