import { useMemo } from 'react';
import { type EntityCollection, entityCollections } from '../../domain/model/schema';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { buttonClass, linkButtonClass } from '../shared/form-styles';
import { displayName } from './display-name';
import { kindLabels } from './kind-labels';

/** Groups selected ids by collection, in collection order, with display names. */
function useSelectedByKind(ids: readonly string[]) {
  const design = useStudio((s) => s.design);
  return useMemo(() => {
    const wanted = new Set(ids);
    const groups: Array<{ kind: EntityCollection; items: Array<{ id: string; name: string }> }> = [];
    for (const kind of entityCollections) {
      const items = (design[kind] as ReadonlyArray<{ id: string; name?: string }>)
        .filter((e) => wanted.has(e.id))
        .map((e) => ({ id: e.id, name: displayName(design, e.id) }));
      if (items.length > 0) groups.push({ kind, items });
    }
    return groups;
  }, [design, ids]);
}

/** What several selected objects are, with a way to narrow the selection to one of them. */
export function MultiSelectionSummary({ ids }: { ids: readonly string[] }) {
  const store = useStudioStore();
  const groups = useSelectedByKind(ids);
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">{ids.length} objects selected</h2>
        <button type="button" className={buttonClass} onClick={() => store.getState().select([])}>
          Clear selection
        </button>
      </div>
      {groups.map((g) => (
        <section key={g.kind} aria-label={kindLabels[g.kind].many} className="space-y-1">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {kindLabels[g.kind].many} ({g.items.length})
          </h3>
          <ul className="space-y-0.5 text-sm">
            {g.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className={linkButtonClass}
                  onClick={() => store.getState().select([item.id])}
                  aria-label={`Select only ${item.name}`}
                >
                  {item.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
