import { findingFocus } from '../../domain/rules/finding-focus';
import { findingsByObject, selectFindings } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { SeverityIcon } from '../findings/severity-badge';

/** The findings involving one object, under its inspector's heading. */
export function ObjectFindings({ id }: { id: string }) {
  const store = useStudioStore();
  const list = useStudio((s) => findingsByObject(selectFindings(s)).get(id));
  if (!list || list.length === 0) return null;
  return (
    <section aria-label="Findings for this object" className="space-y-1">
      <ul className="space-y-1">
        {list.map((f, i) => (
          // Keyed by position: a stable per-object list; findings carry no ids
          <li key={i}>
            <button
              type="button"
              onClick={() => {
                const { fix, context } = findingFocus(f);
                store.getState().focus(fix, context);
              }}
              className="flex w-full items-start gap-2 rounded-md bg-slate-50 px-2 py-1 text-left text-xs hover:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:bg-slate-800 dark:hover:bg-slate-700"
            >
              <SeverityIcon severity={f.severity} />
              <span>
                <span className="font-mono font-semibold">{f.ruleId}</span> {f.message}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
