import { useEffect, useRef, useState } from 'react';
import { actionButton, dangerButton, primaryButton, secondaryButton } from '../../panels/shared/form-styles';
import type { RecentDesign } from '../../platform/design-repository';
import { relativeTime } from './relative-time';

export interface RecentDesignRowProps {
  entry: RecentDesign;
  current: boolean;
  /** Its opening did not finish last time: marked, and opening it is "open anyway". */
  unfinished?: boolean;
  onOpen(): void;
  onRename(name: string): void;
  onDelete(): void;
}

type Mode = 'view' | 'rename' | 'confirm-delete';

/** One recent design: open it, rename it in place, or delete it after a confirmation. */
export function RecentDesignRow({
  entry,
  current,
  unfinished = false,
  onOpen,
  onRename,
  onDelete,
}: RecentDesignRowProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(entry.name);
  const field = useRef<HTMLInputElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (mode === 'rename') field.current?.select();
    if (mode === 'confirm-delete') keep.current?.focus();
    if (mode === 'view' && returnFocus.current) {
      returnFocus.current = false;
      renameButton.current?.focus();
    }
  }, [mode]);

  const back = () => {
    returnFocus.current = true;
    setMode('view');
  };
  // Escape leaves renaming or the confirmation without closing the dialog around them.
  const onEscape = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    back();
  };
  const time = relativeTime(entry.updatedAt);

  if (mode === 'rename') {
    return (
      <li className="flex items-center gap-2 px-4 py-2">
        <form
          className="flex min-w-0 flex-1 items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) onRename(draft);
            back();
          }}
        >
          <input
            ref={field}
            aria-label={`New name for ${entry.name}`}
            value={draft}
            maxLength={200}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onEscape}
            className="h-8 min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 text-sm focus:border-sky-600 focus:outline-none dark:border-slate-600 dark:bg-slate-950"
          />
          <button type="submit" className={primaryButton} disabled={!draft.trim()}>
            Save name
          </button>
          <button type="button" className={secondaryButton} onClick={back}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  if (mode === 'confirm-delete') {
    return (
      <li
        className="flex flex-wrap items-center gap-2 bg-red-50 px-4 py-2 dark:bg-red-950"
        onKeyDown={onEscape}
      >
        <p className="min-w-0 flex-1 text-sm">
          Delete <strong className="break-words">{entry.name}</strong> from this browser? This cannot be
          undone.
        </p>
        <button type="button" className={dangerButton} onClick={onDelete}>
          Delete
        </button>
        <button ref={keep} type="button" className={secondaryButton} onClick={back}>
          Keep
        </button>
      </li>
    );
  }

  return (
    <li className="flex items-center gap-2 px-4 py-2">
      <button
        type="button"
        onClick={onOpen}
        aria-label={unfinished ? `Open ${entry.name} anyway` : `Open ${entry.name}`}
        className="flex min-w-0 flex-1 flex-col items-start rounded px-2 py-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
      >
        <span className="flex w-full min-w-0 items-center gap-2">
          <span className="truncate text-sm font-medium">{entry.name || 'Untitled design'}</span>
          {current ? (
            <span className="shrink-0 rounded bg-sky-100 px-1.5 text-xs font-medium text-sky-800 dark:bg-sky-900 dark:text-sky-100">
              Open now
            </span>
          ) : null}
          {unfinished ? (
            <span className="shrink-0 rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              Did not finish opening
            </span>
          ) : null}
        </span>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          Changed <time dateTime={new Date(entry.updatedAt).toISOString()}>{time}</time>
        </span>
      </button>
      <button
        ref={renameButton}
        type="button"
        className={actionButton}
        aria-label={`Rename ${entry.name}`}
        onClick={() => {
          setDraft(entry.name);
          setMode('rename');
        }}
      >
        Rename
      </button>
      <button
        type="button"
        className={`${actionButton} text-red-700 dark:text-red-300`}
        aria-label={`Delete ${entry.name}`}
        onClick={() => setMode('confirm-delete')}
      >
        Delete
      </button>
    </li>
  );
}
