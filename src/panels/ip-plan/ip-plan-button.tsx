import { LazyDialogButton, lazyDialog } from '../shared/lazy-dialog-button';

const ipPlanDialog = lazyDialog(() => import('./ip-plan-dialog'));

/** The header's "IP plan" button and the table view it opens. */
export function IpPlanButton() {
  return (
    <LazyDialogButton
      label="IP plan"
      title="Every subnet in a table: sort, filter, copy as TSV or download as CSV"
      what="the IP plan"
      dialog={ipPlanDialog}
    />
  );
}
