import { LazyDialogButton, lazyDialog } from '../shared/lazy-dialog-button';

// The dialog (and the diagram renderer with it) loads when first wanted, not with the studio.
const imageDialog = lazyDialog(() => import('./image-export-dialog'));

/** The header's "Image" button: the diagram as PNG or SVG. */
export function ImageExportButton() {
  return (
    <LazyDialogButton
      label="Image"
      title="Download the diagram as a PNG or SVG image"
      what="the image export"
      dialog={imageDialog}
    />
  );
}
