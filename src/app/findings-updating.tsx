import { useEffect } from 'react';
import { startBackgroundAnalysis } from '../store/background-analysis';
import { selectFindingsUpdating } from '../store/selectors';
import { useStudio, useStudioStore } from '../store/use-studio';

/** Validates large designs in the background for as long as the studio is open. */
export function useBackgroundAnalysis(): void {
  const store = useStudioStore();
  useEffect(() => startBackgroundAnalysis(store), [store]);
}

/**
 * Over the canvas while a large design's findings are being recomputed: the badges shown are the last
 * ones. Screen readers hear it from the findings tab's name ("updating"); the canvas' status line stays
 * the notices'.
 */
export function FindingsUpdating() {
  const updating = useStudio(selectFindingsUpdating);
  return (
    <p
      aria-hidden="true"
      className="pointer-events-none absolute top-2 left-1/2 z-10 -translate-x-1/2 rounded-full bg-white/90 px-3 py-1 text-xs text-slate-700 shadow ring-1 ring-slate-300 empty:hidden dark:bg-slate-800/90 dark:text-slate-200 dark:ring-slate-600"
    >
      {updating ? 'Updating findings…' : ''}
    </p>
  );
}
