import { type KeyboardEvent, useRef } from 'react';
import { useStudioStore } from '../../store/use-studio';
import { type PaletteCommands, type PaletteItem, paletteItems, shortcutLabel } from './palette-items';

const groups: ReadonlyArray<{ id: PaletteItem['group']; label: string }> = [
  { id: 'objects', label: 'Network objects' },
  { id: 'resources', label: 'Private resources' },
  { id: 'helpers', label: 'Helpers' },
];

/** Arrow keys move along the toolbar (Tab still reaches every button). */
function onToolbarKey(e: KeyboardEvent<HTMLDivElement>) {
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
  const buttons = [...e.currentTarget.querySelectorAll('button')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? buttons.length - 1
        : (i + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next]?.focus();
  e.preventDefault();
}

/** The toolbar that adds objects and runs the layout helpers. */
export function Palette({
  commands,
  onShowShortcuts,
}: {
  commands: PaletteCommands;
  onShowShortcuts(): void;
}) {
  const store = useStudioStore();
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Palette"
      onKeyDown={onToolbarKey}
      className="flex min-h-11 shrink-0 flex-wrap items-center gap-1 border-b border-slate-200 bg-white px-2 dark:border-slate-700 dark:bg-slate-900"
    >
      {groups.map((g, gi) => (
        <div key={g.id} role="group" aria-label={g.label} className="flex items-center gap-0.5">
          {gi > 0 ? (
            <span aria-hidden="true" className="mx-1.5 h-6 w-px bg-slate-300 dark:bg-slate-600" />
          ) : null}
          {paletteItems
            .filter((item) => item.group === g.id)
            .map((item, i) => (
              <button
                key={item.id}
                type="button"
                aria-label={item.label}
                aria-keyshortcuts={shortcutLabel(item)}
                onClick={() => item.run(store, commands)}
                className="group relative flex h-8 w-8 items-center justify-center rounded text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
              >
                {item.icon}
                <span
                  aria-hidden="true"
                  className={`pointer-events-none absolute top-full z-50 mt-1.5 hidden whitespace-nowrap ${
                    // The first button's tooltip starts at its left edge, so it stays on screen.
                    gi === 0 && i === 0 ? 'left-0' : 'left-1/2 -translate-x-1/2'
                  } rounded bg-slate-900 px-2 py-1 text-xs text-white shadow group-hover:block group-focus-visible:block dark:bg-slate-100 dark:text-slate-900`}
                >
                  {item.label} <kbd className="ml-1 font-mono opacity-80">{shortcutLabel(item)}</kbd>
                </span>
              </button>
            ))}
        </div>
      ))}
      <button
        type="button"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={onShowShortcuts}
        className="ml-auto flex h-8 items-center gap-1 rounded px-2 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <kbd
          aria-hidden="true"
          className="rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-600"
        >
          ?
        </kbd>
        {/* Spelled out where the palette has room for it on one row; a tooltip and the name otherwise. */}
        <span className="sr-only min-[1440px]:not-sr-only">Keyboard shortcuts</span>
      </button>
    </div>
  );
}
