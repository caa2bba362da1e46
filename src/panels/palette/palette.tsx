import { type KeyboardEvent, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStudioStore } from '../../store/use-studio';
import { type PaletteCommands, type PaletteItem, paletteItems, shortcutLabel } from './palette-items';

const groups: ReadonlyArray<{ id: PaletteItem['group']; label: string }> = [
  { id: 'objects', label: 'Network objects' },
  { id: 'resources', label: 'Private resources' },
  { id: 'helpers', label: 'Helpers' },
];

/** The text shown beside an item's icon where there is room: its name without "Add", in a word or two. */
export function visibleLabel(item: Pick<PaletteItem, 'label'>): string {
  const text = item.label.replace(/^Add /, '');
  const short = text.length > 20 ? (text.split(' ')[0] ?? text) : text;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** Whether the toolbar's buttons run onto a second row. */
function wraps(toolbar: HTMLElement): boolean {
  const tops = new Set([...toolbar.querySelectorAll('button')].map((b) => b.offsetTop));
  return tops.size > 1;
}

/**
 * How many groups show their labels (the first groups first): all of them when the toolbar is wide enough,
 * then one group fewer at a time until the toolbar fits on one row. Measured again when its width changes.
 */
function useLabelledGroups(ref: RefObject<HTMLDivElement | null>, count: number): number {
  const [labelled, setLabelled] = useState(count);
  const width = useRef(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && labelled > 0 && wraps(el)) setLabelled(labelled - 1);
  }, [ref, labelled]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width.current) return;
      width.current = el.clientWidth;
      setLabelled(count);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, count]);
  return labelled;
}

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
  const labelled = useLabelledGroups(ref, groups.length);
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Palette"
      onKeyDown={onToolbarKey}
      className="flex min-h-11 shrink-0 flex-wrap items-center gap-1 border-b border-slate-200 bg-white px-2 dark:border-slate-700 dark:bg-slate-900"
    >
      {groups.map((g, gi) => (
        <div
          key={g.id}
          role="group"
          aria-label={g.label}
          data-labelled={gi < labelled ? '' : undefined}
          className="flex items-center gap-0.5"
        >
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
                className="group relative flex h-8 min-w-8 items-center justify-center gap-1 rounded px-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
              >
                {item.icon}
                {gi < labelled ? (
                  <span aria-hidden="true" className="whitespace-nowrap text-xs">
                    {visibleLabel(item)}
                  </span>
                ) : null}
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
        onClick={onShowShortcuts}
        className="ml-auto flex h-8 items-center gap-1 rounded px-2 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <kbd
          aria-hidden="true"
          className="rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-600"
        >
          ?
        </kbd>
        Keyboard shortcuts
      </button>
    </div>
  );
}
