/**
 * The header's "Import" button. The dialog and its worker load when first wanted (a lazy chunk), from the
 * button or from files dropped on the canvas; focus returns to the button when the dialog closes.
 */
import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Design } from '../../domain/model/schema';
import { useStudioStore } from '../../store/use-studio';
import { actionButton } from '../shared/form-styles';
import { LoadBoundary } from '../shared/load-boundary';
import { importRequests, requestImport } from './import-request';

const load = () => import('./import-dialog');
const ImportDialog = lazy(load);
const preload = () => void load().catch(() => undefined);

const subscribe = (listener: () => void) => importRequests.subscribe(listener);
const getRequest = () => importRequests.getState().request;

/** `openAsNew` opens a design as a new one kept in this browser (the app's persistence provides it). */
export function ImportButton({ openAsNew }: { openAsNew(design: Design, source: string): boolean }) {
  const request = useSyncExternalStore(subscribe, getRequest);
  const [openSeq, setOpenSeq] = useState<number>();
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const store = useStudioStore();
  useEffect(() => {
    if (request) setOpenSeq(request.seq);
  }, [request]);
  const open = openSeq !== undefined && request?.seq === openSeq;
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpenSeq(undefined);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={actionButton}
        aria-haspopup="dialog"
        title="Import ARM templates, Azure CLI / REST / Resource Graph / PowerShell output or Terraform JSON"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => requestImport()}
      >
        Import
      </button>
      {open && request ? (
        <LoadBoundary
          onError={(message) => {
            close();
            store
              .getState()
              .notify(`The import dialog could not be loaded (${message}); reload the page.`, 'error');
          }}
        >
          <Suspense fallback={null}>
            <ImportDialog
              key={request.seq}
              initialFiles={request.files}
              onClose={close}
              openAsNew={openAsNew}
            />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
