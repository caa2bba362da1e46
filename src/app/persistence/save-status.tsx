import { usePersistenceState } from './persistence-context';
import type { PersistenceState } from './studio-persistence';

const selectStatus = (s: PersistenceState) => s.status;

/**
 * "Saved" / "Saving…" in the header, or "Not saved" when browser storage refuses (the banner under the
 * header gives the reason). A status role so that changes are announced politely.
 */
export function SaveStatus() {
  const status = useStatusText();
  return (
    <span
      role="status"
      aria-label="Save status"
      title={status.title}
      className={`inline-flex h-8 shrink-0 items-center gap-1 px-1 text-xs ${
        status.warning
          ? 'font-semibold text-amber-800 dark:text-amber-300'
          : 'text-slate-500 dark:text-slate-400'
      }`}
    >
      {status.warning ? <span aria-hidden="true">⚠</span> : null}
      {status.text}
    </span>
  );
}

function useStatusText(): { text: string; title: string; warning: boolean } {
  const status = usePersistenceState(selectStatus);
  switch (status.state) {
    case 'saving':
      return { text: 'Saving…', title: 'Saving changes in this browser', warning: false };
    case 'saved':
      return {
        text: 'Saved',
        title: `Saved in this browser at ${new Date(status.at).toLocaleTimeString()}`,
        warning: false,
      };
    case 'unavailable':
      return { text: 'Not saved', title: `Changes are not being saved: ${status.reason}`, warning: true };
    default:
      return { text: '', title: 'Changes are saved in this browser', warning: false };
  }
}
