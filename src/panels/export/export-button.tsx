import { LazyDialogButton, lazyDialog } from '../shared/lazy-dialog-button';

// The export view, its exporters and its highlighter load when first wanted, not with the studio.
const exportDialog = lazyDialog(() => import('./export-dialog'));

/** The header's "Export" button and the export view it opens. */
export function ExportButton() {
  return (
    <LazyDialogButton
      label="Export"
      title="Export Bicep, an ARM template and the post-deployment script"
      what="the export view"
      dialog={exportDialog}
    />
  );
}
