import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { actionButton } from '../../app/persistence/styles';
import { useStudioStore } from '../../store/use-studio';
import { LoadBoundary } from './load-boundary';

// The export view, its exporters and its highlighter load when first wanted, not with the studio.
const loadDialog = () => import('./export-dialog');
const ExportDialog = lazy(loadDialog);

/** The header's "Export" button and the export view it opens. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const store = useStudioStore();
  const wasOpen = useRef(false);
  // Focus returns to the button once the dialog is gone (while it is open, the rest of the page is inert).
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const preload = () => void loadDialog().catch(() => undefined);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={actionButton}
        aria-haspopup="dialog"
        title="Export Bicep, an ARM template and the post-deployment script"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        Export
      </button>
      {open ? (
        <LoadBoundary
          onError={(message) => {
            setOpen(false);
            store
              .getState()
              .notify(`The export view could not be loaded (${message}); reload the page.`, 'error');
          }}
        >
          <Suspense fallback={null}>
            <ExportDialog onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
