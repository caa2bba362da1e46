import { useEffect, useRef } from 'react';
import { usePersistence, usePersistenceState } from './persistence-context';
import { RecentDesignRow } from './recent-design-row';
import type { PersistenceState } from './studio-persistence';
import { actionButton, dialogFrame, primaryButton } from './styles';

const selectRecent = (s: PersistenceState) => s.recent;
const selectCurrentId = (s: PersistenceState) => s.currentId;

/**
 * The designs kept in this browser, most recently changed first: open, rename, delete, or start a new
 * one. A modal dialog: focus stays inside, Escape closes it, focus returns to the button that opened it.
 */
export function RecentDesignsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const persistence = usePersistence();
  const recent = usePersistenceState(selectRecent);
  const currentId = usePersistenceState(selectCurrentId);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const notify = (text: string) => persistence.store.getState().notify(text);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="recent-designs-title"
      className={dialogFrame}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === e.currentTarget) onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      {open ? (
        <div className="flex max-h-[min(36rem,calc(100vh-4rem))] flex-col">
          <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
            <div className="min-w-0 flex-1">
              <h2 ref={heading} id="recent-designs-title" tabIndex={-1} className="text-base font-semibold">
                Recent designs
              </h2>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                Kept in this browser only. Save a file or copy a link to share a design.
              </p>
            </div>
            <button
              type="button"
              className={primaryButton}
              onClick={() => {
                persistence.newDesign();
                onClose();
              }}
            >
              New design
            </button>
            <button
              type="button"
              className={actionButton}
              aria-label="Close recent designs"
              onClick={onClose}
            >
              <span aria-hidden="true" className="text-lg leading-none">
                ×
              </span>
            </button>
          </div>
          {recent.length === 0 ? (
            <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-300">No designs are kept yet.</p>
          ) : (
            <ul
              aria-label="Recent designs"
              className="min-h-0 divide-y divide-slate-100 overflow-y-auto py-1 dark:divide-slate-800"
            >
              {recent.map((entry) => (
                <RecentDesignRow
                  key={entry.id}
                  entry={entry}
                  current={entry.id === currentId}
                  onOpen={() => {
                    if (entry.id !== currentId && persistence.openEntry(entry.id))
                      notify(`Opened “${entry.name}”.`);
                    onClose();
                  }}
                  onRename={(name) => persistence.rename(entry.id, name)}
                  onDelete={() => {
                    persistence.remove(entry.id);
                    notify(`Deleted “${entry.name}” from this browser.`);
                    heading.current?.focus();
                  }}
                />
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </dialog>
  );
}
