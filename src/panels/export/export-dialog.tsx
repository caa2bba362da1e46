import { useEffect, useRef, useState } from 'react';
import { describeObject } from '../../domain/export/plan/describe';
import { selectDesign, selectSelection } from '../../store/selectors';
import { useStudio } from '../../store/use-studio';
import { actionButton } from '../shared/form-styles';
import { CodeBlock } from './code-block';
import { ExportActions } from './export-actions';
import { ExportNotices } from './export-notices';
import { ExportOptions } from './export-options';
import { ExportTabs, panelId, tabId } from './export-tabs';
import {
  type ExportContents,
  type ExportTab,
  effectiveContents,
  exportTabs,
  exportView,
} from './export-view';
import { HIGHLIGHT_LIMIT } from './highlighter';
import { useCodeLines } from './use-code-lines';
import { useExportView } from './use-export-view';

const frame =
  'm-auto h-[min(60rem,calc(100vh-2rem))] w-[min(96rem,calc(100vw-2rem))] overflow-hidden rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';

/**
 * The export view: the Bicep file, the ARM template and the post-deployment script of the design (or of
 * the selection, or one object's own resources), highlighted, to copy or download. A modal dialog:
 * focus stays inside, Escape closes it. It exists only while open, so nothing is exported while editing.
 */
export default function ExportDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const design = useStudio(selectDesign);
  const selection = useStudio(selectSelection);
  const [tab, setTab] = useState<ExportTab>('bicep');
  const [contents, setContents] = useState<ExportContents>('design');
  const [scope, setScope] = useState<string>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, []);

  const { view, pending } = useExportView(design, { tab, contents, selection, scope });
  const { lines, highlighted } = useCodeLines(view?.text ?? '', view?.language ?? 'bicep');
  const panel = useRef<HTMLDivElement>(null);
  const objectId = selection.length === 1 ? selection[0] : undefined;
  const objectName = objectId === undefined ? undefined : describeObject(design, objectId);
  const exported = view?.contents === 'design' ? undefined : selection;

  return (
    <dialog
      ref={dialog}
      aria-labelledby="export-title"
      aria-describedby="export-description"
      className={frame}
      onClose={onClose}
      onCancel={(e) => {
        // Escape: closing is left to the parent, which unmounts the dialog and returns focus.
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="flex h-full flex-col">
        <div className="flex items-start gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
          <div className="min-w-0 flex-1">
            <h2 id="export-title" className="text-base font-semibold">
              Export
            </h2>
            <p id="export-description" className="truncate text-xs text-slate-500 dark:text-slate-400">
              Deployable files for “{design.name}”: deploy Bicep or ARM and run the script, or apply the
              Terraform configuration.
            </p>
          </div>
          <button type="button" className={actionButton} aria-label="Close export" onClick={onClose}>
            <span aria-hidden="true" className="text-lg leading-none">
              ×
            </span>
          </button>
        </div>
        <div className="px-4 py-3">
          <ExportOptions
            contents={view?.contents ?? effectiveContents(contents, selection)}
            selectionCount={selection.length}
            objectName={objectName}
            onContents={setContents}
            scopes={view?.scopes ?? []}
            scope={view?.scope}
            onScope={setScope}
          />
        </div>
        {view ? (
          <ExportNotices
            tab={view.tab}
            errorCount={view.errorCount}
            warnings={view.warnings}
            notes={view.notes}
            snippet={view.contents === 'object' && view.tab !== 'script'}
          />
        ) : null}
        <div className="flex items-end gap-2 border-b border-slate-200 px-4 dark:border-slate-700">
          <ExportTabs tab={tab} onChange={setTab} />
          <ExportActions
            design={design}
            view={pending ? undefined : view}
            selection={exported}
            onStatus={setStatus}
          />
        </div>
        <div
          ref={panel}
          id={panelId}
          role="tabpanel"
          aria-labelledby={tabId(tab)}
          aria-busy={pending}
          // Scrollable by keyboard: the panel itself takes focus.
          tabIndex={0}
          className={`min-h-0 flex-1 overflow-auto bg-slate-50 transition-opacity focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:bg-slate-950 ${pending ? 'opacity-60' : ''}`}
        >
          {!view ? (
            <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-300">Preparing the export…</p>
          ) : view.empty ? (
            <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-300">{view.empty}</p>
          ) : (
            <CodeBlock lines={lines} highlighted={highlighted} scroller={panel} />
          )}
        </div>
        <div className="flex h-8 shrink-0 items-center gap-3 border-t border-slate-200 px-4 text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400">
          <span className="font-mono">{view?.fileName}</span>
          {view ? (
            <span>
              {lines.length.toLocaleString('en-US')} line{lines.length === 1 ? '' : 's'} ·{' '}
              {exportTabs.find((t) => t.id === view.tab)?.label}
              {highlighted || view.text.length <= HIGHLIGHT_LIMIT ? '' : ' · too long to highlight'}
            </span>
          ) : null}
          <span role="status" className="ml-auto">
            {status}
          </span>
        </div>
      </div>
    </dialog>
  );
}
