import { type KeyboardEvent, useRef } from 'react';
import { type ExportTab, exportTabs } from './export-view';

export const tabId = (tab: ExportTab) => `export-tab-${tab}`;
export const panelId = 'export-code-panel';

/** The three files as tabs (arrow keys, Home and End move between them; the selected one is tabbable). */
export function ExportTabs({ tab, onChange }: { tab: ExportTab; onChange(tab: ExportTab): void }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const index = exportTabs.findIndex((t) => t.id === tab);
    const last = exportTabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % exportTabs.length
        : e.key === 'ArrowLeft'
          ? (index + last) % exportTabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : undefined;
    const target = next === undefined ? undefined : exportTabs[next];
    if (!target) return;
    e.preventDefault();
    onChange(target.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(target.id)}`)?.focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label="Export files"
      className="flex items-end gap-1"
      onKeyDown={move}
    >
      {exportTabs.map((t) => {
        const selected = t.id === tab;
        return (
          <button
            key={t.id}
            id={tabId(t.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(t.id)}
            className={`-mb-px h-9 rounded-t border px-3 text-sm font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 ${
              selected
                ? 'border-slate-200 border-b-slate-50 bg-slate-50 text-slate-900 dark:border-slate-700 dark:border-b-slate-950 dark:bg-slate-950 dark:text-slate-50'
                : 'border-transparent text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-slate-50'
            }`}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
