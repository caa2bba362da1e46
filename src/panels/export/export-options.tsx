import type { ExportContents } from './export-view';
import { scopeLabel } from './scope-label';

const choice =
  'flex h-8 cursor-pointer items-center gap-1.5 rounded px-2 text-sm text-slate-700 has-checked:bg-sky-50 has-checked:text-sky-900 has-focus-visible:outline-2 has-focus-visible:outline-sky-600 has-disabled:cursor-not-allowed has-disabled:opacity-45 dark:text-slate-200 dark:has-checked:bg-sky-950 dark:has-checked:text-sky-100';

interface Props {
  contents: ExportContents;
  selectionCount: number;
  /** The one selected object's name, when exactly one is selected. */
  objectName: string | undefined;
  onContents(contents: ExportContents): void;
  scopes: readonly string[];
  scope: string | undefined;
  onScope(scope: string): void;
}

/** What to export (the design, the selection, one object) and, when it spans several, which resource group. */
export function ExportOptions(props: Props) {
  const { contents, selectionCount, objectName, onContents, scopes, scope, onScope } = props;
  const options: { id: ExportContents; label: string; disabled: boolean; hint?: string }[] = [
    { id: 'design', label: 'Whole design', disabled: false },
    {
      id: 'selection',
      label: 'Selection only',
      disabled: selectionCount === 0,
      hint: selectionCount ? `${selectionCount} selected` : 'nothing selected',
    },
  ];
  if (objectName !== undefined)
    options.push({ id: 'object', label: 'This object', disabled: false, hint: objectName });
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
      <fieldset className="flex flex-wrap items-center gap-1">
        <legend className="float-left mr-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Contents
        </legend>
        {options.map((o) => (
          <label key={o.id} className={choice}>
            <input
              type="radio"
              name="export-contents"
              value={o.id}
              checked={contents === o.id}
              disabled={o.disabled}
              onChange={() => onContents(o.id)}
              className="accent-sky-700"
            />
            {o.label}
            {o.hint ? (
              <span className="max-w-48 truncate text-xs text-slate-500 dark:text-slate-400">({o.hint})</span>
            ) : null}
          </label>
        ))}
      </fieldset>
      {scopes.length > 1 ? (
        <label className="flex items-center gap-2 text-sm">
          <span className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            Resource group
          </span>
          <select
            value={scope ?? scopes[0]}
            onChange={(e) => onScope(e.target.value)}
            className="h-8 rounded border border-slate-300 bg-white px-2 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          >
            {scopes.map((s, i) => (
              <option key={s} value={s} title={s}>
                {scopeLabel(s, i, scopes)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
