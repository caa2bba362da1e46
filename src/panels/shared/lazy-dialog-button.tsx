import { type ComponentType, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStudioStore } from '../../store/use-studio';
import { actionButton } from './form-styles';
import { LoadBoundary } from './load-boundary';

type DialogModule = { default: ComponentType<{ onClose(): void }> };

export interface LazyDialog {
  Dialog: ComponentType<{ onClose(): void }>;
  preload(): void;
}

/**
 * A dialog whose code loads when first wanted (hover or focus of its button preloads it), not with the
 * studio. Call at module scope.
 */
export function lazyDialog(load: () => Promise<DialogModule>): LazyDialog {
  return { Dialog: lazy(load), preload: () => void load().catch(() => undefined) };
}

interface LazyDialogButtonProps {
  label: string;
  /** Tooltip saying what the dialog does. */
  title: string;
  /** Names the dialog in the message shown when its code cannot be loaded ("the export view"). */
  what: string;
  dialog: LazyDialog;
}

/** A header button opening a lazily loaded dialog; focus returns to the button when it closes. */
export function LazyDialogButton({ label, title, what, dialog }: LazyDialogButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const store = useStudioStore();
  // While the dialog is open the rest of the page is inert, so focus can only return once it is gone.
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const { Dialog, preload } = dialog;
  return (
    <>
      <button
        ref={button}
        type="button"
        className={actionButton}
        aria-haspopup="dialog"
        title={title}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open ? (
        <LoadBoundary
          onError={(message) => {
            setOpen(false);
            store
              .getState()
              .notify(
                `${what[0]?.toUpperCase()}${what.slice(1)} could not be loaded (${message}); reload the page.`,
                'error',
              );
          }}
        >
          <Suspense fallback={null}>
            <Dialog onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      ) : null}
    </>
  );
}
