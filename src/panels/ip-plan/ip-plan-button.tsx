import { lazy, Suspense, useRef, useState } from 'react';
import { actionButton } from '../../app/persistence/styles';
import { useStudioStore } from '../../store/use-studio';
import { LoadBoundary } from '../export/load-boundary';

const loadDialog = () => import('./ip-plan-dialog');
const IpPlanDialog = lazy(loadDialog);

/** The header's "IP plan" button and the table view it opens. */
export function IpPlanButton() {
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
        title="Every subnet in a table: sort, filter, copy as TSV or download as CSV"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        IP plan
      </button>
      {open ? (
        <LoadBoundary
          onError={(message) => {
            setOpen(false);
            store
              .getState()
              .notify(`The IP plan could not be loaded (${message}); reload the page.`, 'error');
          }}
        >
          <Suspense fallback={null}>
            <IpPlanDialog
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
