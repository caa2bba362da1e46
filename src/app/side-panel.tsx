import { type KeyboardEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { countBySeverity } from '../domain/rules/validate';
import { findingsTabLabel } from '../panels/findings/group-findings';
import { CountPill } from '../panels/findings/severity-badge';
import { selectFindings, selectFindingsUpdating } from '../store/selectors';
import type { StudioState } from '../store/studio-store';
import { useStudio } from '../store/use-studio';

const selectInspectRequest = (s: StudioState) => s.inspectRequest;

// The inspector is its own chunk, requested once the first frame has been painted (or when it is first
// shown), so its code and option lists are not evaluated before the page paints.
let inspectorLoading: ReturnType<typeof importInspector> | undefined;
const importInspector = () => import('../panels/inspector/inspector-panel');
const loadInspector = () => {
  inspectorLoading ??= importInspector().catch(() => {
    inspectorLoading = undefined;
    return importInspector();
  });
  return inspectorLoading;
};
if (typeof requestAnimationFrame === 'function')
  requestAnimationFrame(() => setTimeout(() => void loadInspector().catch(() => undefined), 0));
const InspectorPanel = lazy(() => loadInspector().then((m) => ({ default: m.InspectorPanel })));
// The findings and usage tabs are not on the first screen: they load after it has been drawn.
const loadFindings = () => import('../panels/findings/findings-panel');
const loadUsage = () => import('../panels/usage/usage-panel');
const FindingsPanel = lazy(() => loadFindings().then((m) => ({ default: m.FindingsPanel })));
const UsagePanel = lazy(() => loadUsage().then((m) => ({ default: m.UsagePanel })));

type Tab = 'inspector' | 'findings' | 'usage';

const tabs: ReadonlyArray<{ id: Tab; label: string }> = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'findings', label: 'Findings' },
  { id: 'usage', label: 'IP usage' },
];

/** The findings tab's counts; its own component so a design edit re-renders only this label. */
function FindingsTabLabel() {
  const counts = countBySeverity(useStudio(selectFindings));
  const updating = useStudio(selectFindingsUpdating);
  return (
    <>
      <span className="sr-only">
        {findingsTabLabel(counts)}
        {updating ? ' (updating)' : ''}
      </span>
      <span aria-hidden="true" className="inline-flex items-center gap-1">
        Findings
        {counts.error > 0 ? <CountPill severity="error" count={counts.error} /> : null}
        {counts.warning > 0 ? <CountPill severity="warning" count={counts.warning} /> : null}
        {counts.info > 0 ? <CountPill severity="info" count={counts.info} /> : null}
        {updating ? <span className="text-xs text-slate-500 dark:text-slate-400">…</span> : null}
      </span>
    </>
  );
}

/** The side panel: tabs over the inspector, the findings and the IP usage. */
export function SidePanel() {
  const [tab, setTab] = useState<Tab>('inspector');
  // Enter on a canvas object opens the inspector.
  const inspectRequest = useStudio(selectInspectRequest);
  useEffect(() => {
    if (inspectRequest > 0) setTab('inspector');
  }, [inspectRequest]);
  useEffect(() => {
    const preload = () => void Promise.all([loadFindings(), loadUsage()]).catch(() => undefined);
    const timer = setTimeout(preload, 1000);
    return () => clearTimeout(timer);
  }, []);
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({
    inspector: null,
    findings: null,
    usage: null,
  });
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern with automatic activation).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.id === tab);
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    const target = next === undefined ? undefined : tabs[next];
    if (!target) return;
    e.preventDefault();
    setTab(target.id);
    refs.current[target.id]?.focus();
  };
  return (
    <aside
      className="flex w-96 shrink-0 flex-col border-l 2xl:w-[28rem] border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      aria-label="Side panel"
    >
      <div
        role="tablist"
        aria-label="Panels"
        className="flex border-b border-slate-200 dark:border-slate-700"
        onKeyDown={onKeyDown}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            className="-mb-px flex h-10 flex-1 items-center justify-center border-b-2 border-transparent px-3 text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-sky-500 aria-selected:border-sky-600 aria-selected:text-sky-700 dark:text-slate-300 dark:hover:text-white dark:aria-selected:border-sky-400 dark:aria-selected:text-sky-300"
          >
            {t.id === 'findings' ? <FindingsTabLabel /> : t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        // The panel scrolls; a fixed gutter keeps content from shifting when a scrollbar appears.
        className="min-h-0 flex-1 overflow-y-auto p-3 [scrollbar-gutter:stable]"
      >
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-300">Loading…</p>}>
          {tab === 'inspector' ? <InspectorPanel /> : null}
          {tab === 'findings' ? <FindingsPanel /> : null}
          {tab === 'usage' ? <UsagePanel /> : null}
        </Suspense>
      </div>
    </aside>
  );
}
