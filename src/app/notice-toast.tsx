import { useEffect } from 'react';
import { selectNotice } from '../store/selectors';
import { useStudio, useStudioStore } from '../store/use-studio';

const NOTICE_MS = 5000;

/**
 * Short messages (a refused connection's reason, "Copied 2 objects"). The live region is always in the
 * page so that screen readers announce each new text.
 */
export function NoticeToast() {
  const notice = useStudio(selectNotice);
  const store = useStudioStore();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => {
      if (store.getState().notice?.seq === notice.seq) store.getState().dismissNotice();
    }, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, store]);
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none absolute bottom-4 left-1/2 z-50 flex -translate-x-1/2 justify-center"
    >
      {notice ? (
        <div
          key={notice.seq}
          className={`pointer-events-auto flex max-w-xl items-center gap-3 rounded-md px-4 py-2 text-sm shadow-lg ${
            notice.kind === 'error'
              ? 'bg-red-700 text-white dark:bg-red-800'
              : 'bg-slate-800 text-white dark:bg-slate-100 dark:text-slate-900'
          }`}
        >
          <span>{notice.text}</span>
          <button
            type="button"
            aria-label="Dismiss message"
            onClick={() => store.getState().dismissNotice()}
            className="rounded px-1 text-base leading-none opacity-80 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-current"
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
