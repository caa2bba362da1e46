import { useState } from 'react';

type Tab = 'inspector' | 'findings' | 'usage';

const tabs: ReadonlyArray<{ id: Tab; label: string }> = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'findings', label: 'Findings' },
  { id: 'usage', label: 'IP usage' },
];

/** The side panel: tabs over the inspector, the findings and the IP usage. */
export function SidePanel() {
  const [tab, setTab] = useState<Tab>('inspector');
  return (
    <aside
      className="flex w-96 shrink-0 flex-col border-l border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      aria-label="Side panel"
    >
      <div
        role="tablist"
        aria-label="Panels"
        className="flex border-b border-slate-200 dark:border-slate-700"
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setTab(t.id)}
            className="flex-1 px-3 py-2 text-sm font-medium aria-selected:border-b-2 aria-selected:border-sky-600 aria-selected:text-sky-700 dark:aria-selected:text-sky-300"
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="min-h-0 flex-1 overflow-auto p-3"
      />
    </aside>
  );
}
