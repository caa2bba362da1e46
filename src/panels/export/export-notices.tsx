import type { ExportTab } from './export-view';

const where: Record<ExportTab, string> = {
  bicep: 'the export starts with a comment listing them',
  arm: 'the template lists them first, in metadata.vnetStudio.validationErrors',
  script: 'the export starts with a comment listing them',
};

/**
 * Above the code: the design's validation errors (an export still works, but should not be deployed as
 * is) and the exporter's notes (references not included, other resource groups, the order to deploy in).
 */
export function ExportNotices({
  tab,
  errorCount,
  warnings,
  notes,
  snippet,
}: {
  tab: ExportTab;
  errorCount: number;
  warnings: readonly string[];
  /** What the export does not deploy. */
  notes: readonly string[];
  snippet: boolean;
}) {
  if (!errorCount && !warnings.length && !notes.length) return null;
  return (
    <div className="flex max-h-40 flex-col gap-2 overflow-y-auto px-4 pb-3 text-sm">
      {errorCount ? (
        <p className="flex items-start gap-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700/70 dark:bg-amber-950/40 dark:text-amber-100">
          <span aria-hidden="true" className="font-bold">
            ⚠
          </span>
          <span>
            <strong className="font-semibold">
              The design has {errorCount} error{errorCount === 1 ? '' : 's'}
            </strong>
            ; {snippet ? 'a full export lists them at the top' : where[tab]}. Fix{' '}
            {errorCount === 1 ? 'it' : 'them'} (see Findings) before deploying.
          </span>
        </p>
      ) : null}
      {warnings.length ? (
        <div className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-200">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            Notes
          </h3>
          <ul aria-label="Export notes" className="mt-1 list-disc space-y-0.5 pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notes.length ? (
        <div className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-200">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            Not deployed by this export
          </h3>
          <ul aria-label="Not deployed by this export" className="mt-1 list-disc space-y-0.5 pl-5">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
