import { lazy, Suspense, useRef, useState } from 'react';
import { actionButton } from '../../app/persistence/styles';
import { useStudioStore } from '../../store/use-studio';
import { LoadBoundary } from '../export/load-boundary';

const loadDialog = () => import('./report-dialog');
const ReportDialog = lazy(loadDialog);

/** The header's "Report" button: the design review report as Markdown or printable HTML. */
export function ReportButton() {
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
        title="Download the design review report (Markdown or printable HTML)"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        Report
      </button>
      {open ? (
        <LoadBoundary
          onError={(message) => {
            setOpen(false);
            store.getState().notify(`The report could not be loaded (${message}); reload the page.`, 'error');
          }}
        >
          <Suspense fallback={null}>
            <ReportDialog
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
