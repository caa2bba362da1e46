import { LazyDialogButton, lazyDialog } from '../shared/lazy-dialog-button';

const reportDialog = lazyDialog(() => import('./report-dialog'));

/** The header's "Report" button: the design review report as Markdown or printable HTML. */
export function ReportButton() {
  return (
    <LazyDialogButton
      label="Report"
      title="Download the design review report (Markdown or printable HTML)"
      what="the report"
      dialog={reportDialog}
    />
  );
}
