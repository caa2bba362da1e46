import { useEffect, useMemo, useRef, useState } from 'react';
import { collectionLabels, compareDesigns, type DesignDifference } from '../../domain/model/compare-designs';
import { dialogFrame, primaryButton, secondaryButton } from '../../panels/shared/form-styles';
import type { SaveConflict } from '../../platform/design-repository';
import { usePersistence, usePersistenceState } from './persistence-context';
import type { PersistenceState } from './studio-persistence';

const selectConflict = (s: PersistenceState) => s.conflict;

/** Differences listed before the rest is counted. */
const SHOWN = 40;

const kindText: Record<DesignDifference['kind'], string> = {
  'only-first': 'only in yours',
  'only-second': 'only in theirs',
  changed: 'different',
};

/**
 * Another tab saved the open design while this tab had unsaved edits. Nothing is written until the
 * user chooses: keep this tab's version as a copy (theirs stays under the original entry), take theirs
 * (this tab's edits are dropped, on request), or compare the two first. Escape does not close it.
 */
export function ConflictDialog() {
  const persistence = usePersistence();
  const conflict = usePersistenceState(selectConflict);
  const dialog = useRef<HTMLDialogElement>(null);
  const [comparing, setComparing] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (conflict && !element.open) {
      setComparing(false);
      element.showModal();
    }
    if (!conflict && element.open) element.close();
  }, [conflict]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-description"
      className={dialogFrame}
      onCancel={(e) => e.preventDefault()}
    >
      {conflict ? (
        <div className="flex max-h-[min(40rem,calc(100vh-4rem))] flex-col gap-3 p-4">
          <h2 id="conflict-title" className="text-base font-semibold">
            This design was changed in another tab
          </h2>
          <p id="conflict-description" className="text-sm">
            Another tab saved “{conflict.theirs.name}” while this tab had changes that were not saved yet.
            Nothing has been overwritten: choose which version to keep.
          </p>
          {comparing ? <Differences conflict={conflict} /> : null}
          <div className="flex flex-wrap justify-end gap-2">
            {comparing ? null : (
              <button type="button" className={secondaryButton} onClick={() => setComparing(true)}>
                Compare
              </button>
            )}
            <button
              type="button"
              className={secondaryButton}
              onClick={() => persistence.resolveConflict('theirs')}
            >
              Take theirs
            </button>
            <button
              type="button"
              className={primaryButton}
              onClick={() => persistence.resolveConflict('mine')}
            >
              Keep mine as a copy
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

function Differences({ conflict }: { conflict: SaveConflict }) {
  const differences = useMemo(() => compareDesigns(conflict.mine, conflict.theirs), [conflict]);
  if (differences.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-300">The two versions are the same.</p>;
  }
  const rest = differences.length - SHOWN;
  return (
    <div className="min-h-0 overflow-y-auto rounded border border-slate-200 dark:border-slate-700">
      <ul
        aria-label="Differences between the versions"
        className="divide-y divide-slate-100 text-sm dark:divide-slate-800"
      >
        {differences.slice(0, SHOWN).map((d) => (
          <li key={`${d.collection}:${d.id}`} className="flex gap-2 px-3 py-1.5">
            <span className="min-w-0 flex-1 truncate">
              {collectionLabels[d.collection]} <strong className="font-medium">{d.name || d.id}</strong>
            </span>
            <span className="shrink-0 text-slate-600 dark:text-slate-300">{kindText[d.kind]}</span>
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <p className="px-3 py-1.5 text-sm text-slate-600 dark:text-slate-300">
          …and {rest} more differences.
        </p>
      ) : null}
    </div>
  );
}
