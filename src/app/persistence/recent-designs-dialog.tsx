import { useEffect, useRef } from 'react';
import { actionButton, dialogFrame, primaryButton } from '../../panels/shared/form-styles';
import { usePersistence, usePersistenceState } from './persistence-context';
import { RecentDesignRow } from './recent-design-row';
import type { PersistenceState } from './studio-persistence';

const selectRecent = (s: PersistenceState) => s.recent;
const selectCurrentId = (s: PersistenceState) => s.currentId;
const selectSafeStart = (s: PersistenceState) => s.safeStart;

/**
 * The designs kept in this browser, most recently changed first: open, rename, delete, or start a new
 * one. A modal dialog: focus stays inside, Escape closes it, focus returns to the button that opened it.
 * After a safe start it says why no design was opened and marks the design whose opening never
 * finished (and a link's design, added but not opened).
 */
export function RecentDesignsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const persistence = usePersistence();
  const recent = usePersistenceState(selectRecent);
  const currentId = usePersistenceState(selectCurrentId);
  const safeStart = usePersistenceState(selectSafeStart);
  const unfinished = recent.find((e) => e.id === safeStart?.entryId);
  const fromLink = recent.find((e) => e.id === safeStart?.linkId);

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
          {safeStart ? (
            <div
              role="note"
              aria-label="Safe start"
              className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              <p className="font-semibold">Safe start: no design was opened.</p>
              <p className="break-words">
                {unfinished
                  ? `“${unfinished.name}” did not finish opening last time (the page froze or was closed). Open it anyway, delete it, or choose another design.`
                  : 'Choose a design to open, delete the ones you no longer need, or start a new one.'}
                {fromLink ? ` The link in the address was added as “${fromLink.name}”.` : ''}
              </p>
            </div>
          ) : null}
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
                  current={entry.id === currentId && !safeStart}
                  unfinished={entry.id === unfinished?.id}
                  onOpen={() => {
                    if ((entry.id !== currentId || safeStart) && persistence.openEntry(entry.id))
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
