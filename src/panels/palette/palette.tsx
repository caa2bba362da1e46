import { type KeyboardEvent, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStudioStore } from '../../store/use-studio';
import { type PaletteCommands, type PaletteItem, paletteItems, shortcutLabel } from './palette-items';

const groups: ReadonlyArray<{ id: PaletteItem['group']; label: string }> = [
  { id: 'objects', label: 'Network objects' },
  { id: 'resources', label: 'Private resources' },
  { id: 'helpers', label: 'Helpers' },
];

/** Short names under the icons; each is part of the button's accessible name ("Env" of "Add environment"). */
const shortLabels: Readonly<Record<string, string>> = {
  environment: 'Env',
  policy: 'Policy',
  vnet: 'VNet',
  subnet: 'Subnet',
  nat: 'NAT',
  nsg: 'NSG',
  'route-table': 'Route',
  dns: 'DNS',
  sql: 'SQL',
  storage: 'Storage',
  'key-vault': 'Vault',
  api: 'API',
  'on-premises': 'On-prem',
  connect: 'Connect',
  twin: 'Twin',
  'next-subnet': 'Next',
  layout: 'Layout',
  fit: 'Fit',
};

/** The text shown under an item's icon where there is room: a short name, or its name without "Add". */
export function visibleLabel(item: Pick<PaletteItem, 'id' | 'label'>): string {
  const known = shortLabels[item.id];
  if (known) return known;
  const text = item.label.replace(/^Add /, '');
  const short = text.length > 10 ? (text.split(' ').at(-1) ?? text) : text;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** Whether the toolbar's buttons run onto a second row. */
function wraps(toolbar: HTMLElement): boolean {
  const buttons = [...toolbar.querySelectorAll('button')];
  // Buttons of different heights sit centred on one row: a second row starts below the first's bottom.
  const firstBottom = Math.min(...buttons.map((b) => b.offsetTop + b.offsetHeight));
  return buttons.some((b) => b.offsetTop >= firstBottom);
}

/**
 * How many buttons show their label (the first ones first): all of them when the toolbar is wide enough,
 * then one fewer at a time until the toolbar fits on one row. Measured again when its width changes.
 */
function useLabelledCount(ref: RefObject<HTMLDivElement | null>, count: number): number {
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
  const labelled = useLabelledCount(ref, paletteItems.length);
  const order = new Map(paletteItems.map((item, i) => [item.id, i]));
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
                className="group relative flex h-[34px] min-w-8 flex-col items-center justify-center gap-0.5 rounded px-1 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
              >
                {item.icon}
                {(order.get(item.id) ?? 0) < labelled ? (
                  <span data-label aria-hidden="true" className="whitespace-nowrap text-[10px] leading-none">
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
