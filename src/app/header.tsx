import { createDesign } from '../domain/model/factories';
import { renameDesign } from '../domain/model/operations';
import { sampleDesigns } from '../domain/samples';
import { selectCanRedo, selectCanUndo } from '../store/selectors';
import type { StudioState } from '../store/studio-store';
import { useStudio, useStudioStore } from '../store/use-studio';
import { DesignActions } from './design-actions';

const selectName = (s: StudioState) => s.design.name;

const button =
  'inline-flex h-8 shrink-0 items-center gap-1.5 whitespace-nowrap rounded px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-800';

function DesignName() {
  const name = useStudio(selectName);
  const store = useStudioStore();
  return (
    <>
      {/* The heading names the design for assistive technology; the field beside it edits it. */}
      <h1 className="sr-only">{name}</h1>
      <input
        aria-label="Design name"
        value={name}
        spellCheck={false}
        onChange={(e) => {
          const next = e.target.value;
          store.getState().apply((d) => renameDesign(d, next), { coalesce: 'rename-design' });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
        }}
        className="h-8 min-w-24 max-w-[28rem] flex-1 truncate xl:min-w-36 rounded border border-transparent bg-transparent px-2 text-sm font-semibold text-slate-900 hover:border-slate-300 focus:border-sky-600 focus:outline-none dark:text-slate-50 dark:hover:border-slate-600"
      />
    </>
  );
}

function History() {
  const canUndo = useStudio(selectCanUndo);
  const canRedo = useStudio(selectCanRedo);
  const store = useStudioStore();
  return (
    <div role="group" aria-label="History" className="flex items-center">
      <button
        type="button"
        className={button}
        aria-label="Undo"
        aria-keyshortcuts="Control+Z"
        title="Undo (Ctrl+Z)"
        disabled={!canUndo}
        onClick={() => store.getState().undo()}
      >
        <span aria-hidden="true">↶</span>
        <span className="max-xl:sr-only">Undo</span>
      </button>
      <button
        type="button"
        className={button}
        aria-label="Redo"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title="Redo (Ctrl+Shift+Z)"
        disabled={!canRedo}
        onClick={() => store.getState().redo()}
      >
        <span aria-hidden="true">↷</span>
        <span className="max-xl:sr-only">Redo</span>
      </button>
    </div>
  );
}

function Templates() {
  const store = useStudioStore();
  return (
    <div role="group" aria-label="Start" className="flex items-center gap-1">
      <button
        type="button"
        className={button}
        onClick={() => {
          store.getState().openDesign(createDesign({ name: 'Untitled design' }));
          store.getState().notify('Started a new design.');
        }}
      >
        New design
      </button>
      <select
        aria-label="Open a template"
        value=""
        onChange={(e) => {
          const sample = sampleDesigns.find((s) => s.key === e.target.value);
          if (!sample) return;
          store.getState().openDesign(sample.create());
          store.getState().notify(`Opened the template “${sample.title}”.`);
        }}
        className="h-8 w-32 shrink-0 rounded border border-slate-300 bg-white px-2 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <option value="">Templates…</option>
        {sampleDesigns.map((s) => (
          <option key={s.key} value={s.key} title={s.summary}>
            {s.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The header: product, design name, history, templates, and the design actions on the right. */
export function Header() {
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b xl:gap-3 border-slate-200 bg-white px-3 dark:border-slate-700 dark:bg-slate-900">
      <span className="flex shrink-0 items-center gap-1.5 font-semibold text-sky-700 dark:text-sky-400">
        <svg viewBox="0 0 20 20" className="h-5 w-5" aria-hidden="true">
          <path
            d="M6 4 2 10l4 6M14 4l4 6-4 6"
            stroke="currentColor"
            strokeWidth="2.2"
            fill="none"
            strokeLinecap="round"
          />
          <circle cx="10" cy="10" r="1.6" fill="currentColor" />
        </svg>
        <span className="max-2xl:sr-only">VNet Studio</span>
      </span>
      <span aria-hidden="true" className="h-6 w-px bg-slate-200 dark:bg-slate-700" />
      <DesignName />
      <History />
      <Templates />
      <DesignActions />
    </header>
  );
}
