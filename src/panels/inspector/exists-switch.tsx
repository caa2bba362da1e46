import { useId } from 'react';
import { canBeExisting, collectionOf, isExisting, setExisting } from '../../domain/model/operations';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { hintClass } from '../shared/form-styles';

/**
 * "Exists in Azure": an object that already exists is referred to by the exports, never redeployed, and
 * validated like any other. Shown for every kind of object except environments.
 */
export function ExistsSwitch({ id }: { id: string }) {
  const store = useStudioStore();
  const hintId = useId();
  const collection = useStudio((s) => collectionOf(s.design, id));
  const on = useStudio((s) => isExisting(s.design, id));
  if (!collection || !canBeExisting(collection)) return null;
  return (
    <div className="flex items-start gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby={hintId}
        onClick={() => store.getState().apply((d) => setExisting(d, id, !on))}
        className={`relative mt-0.5 inline-flex h-5 w-9 shrink-0 items-center rounded-full border transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
          on
            ? 'border-sky-700 bg-sky-700 dark:border-sky-400 dark:bg-sky-500'
            : 'border-slate-400 bg-slate-200 dark:border-slate-500 dark:bg-slate-700'
        }`}
      >
        <span
          aria-hidden="true"
          className={`inline-block h-3.5 w-3.5 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-4' : 'translate-x-0.5'}`}
        />
        <span className="sr-only">Exists in Azure</span>
      </button>
      <div>
        <span className="text-sm text-slate-800 dark:text-slate-200" aria-hidden="true">
          Exists in Azure
        </span>
        <p id={hintId} className={hintClass}>
          {on ? 'Already deployed: exports refer to it and never redeploy it.' : 'New: exports deploy it.'}
        </p>
      </div>
    </div>
  );
}
