import { lazy, Suspense, useRef, useState } from 'react';
import { actionButton } from '../../app/persistence/styles';
import { useStudioStore } from '../../store/use-studio';
import { LoadBoundary } from '../export/load-boundary';
import { registerPngDesignReader } from './register-png-reader';

// The images this button makes carry their design: opening or dropping one opens that design.
registerPngDesignReader();

// The dialog (and html-to-image with it) loads when first wanted, not with the studio.
const loadDialog = () => import('./image-export-dialog');
const ImageExportDialog = lazy(loadDialog);

/** The header's "Image" button: the diagram as PNG or SVG. */
export function ImageExportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const store = useStudioStore();
  const preload = () => void loadDialog().catch(() => undefined);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={actionButton}
        aria-haspopup="dialog"
        title="Download the diagram as a PNG or SVG image"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        Image
      </button>
      {open ? (
        <LoadBoundary
          onError={(message) => {
            setOpen(false);
            store
              .getState()
              .notify(`The image export could not be loaded (${message}); reload the page.`, 'error');
          }}
        >
          <Suspense fallback={null}>
            <ImageExportDialog
              onClose={() => {
                setOpen(false);
                button.current?.focus();
              }}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
