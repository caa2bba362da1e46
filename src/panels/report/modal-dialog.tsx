import { type ReactNode, useEffect, useRef } from 'react';
import { actionButton } from '../shared/form-styles';

interface Props {
  /** Id prefix for the title and description. */
  id: string;
  title: string;
  description: ReactNode;
  className: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal dialog for the hand-off views: focus stays inside, Escape or a click on the backdrop closes
 * it. The parent unmounts it on close, and returns focus to the button that opened it.
 */
export function ModalDialog({ id, title, description, className, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  // Leaving the top layer first lets the parent move focus back to the page (a modal makes it inert).
  const close = () => {
    dialog.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      className={`m-auto overflow-hidden rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${className}`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="flex h-full flex-col">
        <div className="flex items-start gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
          <div className="min-w-0 flex-1">
            <h2 id={`${id}-title`} className="text-base font-semibold">
              {title}
            </h2>
            <p id={`${id}-description`} className="text-xs text-slate-600 dark:text-slate-400">
              {description}
            </p>
          </div>
          <button
            type="button"
            className={actionButton}
            aria-label={`Close ${title.toLowerCase()}`}
            onClick={close}
          >
            <span aria-hidden="true" className="text-lg leading-none">
              ×
            </span>
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
