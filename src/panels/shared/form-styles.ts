/**
 * The studio's one module of shared class names: the panels' form controls, and the header's and the
 * dialogs' buttons and frames, so every input, select, button and dialog looks and focuses the same in
 * light and dark themes (the panels and the app both import it; nothing imports styles from `app/`).
 */
export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 shadow-sm ' +
  'placeholder:text-slate-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/40 ' +
  'aria-[invalid=true]:border-red-500 aria-[invalid=true]:focus:ring-red-500/40 ' +
  'disabled:bg-slate-100 disabled:text-slate-500 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-500 ' +
  'dark:disabled:bg-slate-900 dark:aria-[invalid=true]:border-red-400';

export const monoInputClass = `${inputClass} font-mono`;

export const labelClass = 'block text-xs font-medium text-slate-600 dark:text-slate-300';

export const hintClass = 'text-xs text-slate-500 dark:text-slate-400';

export const errorClass = 'text-xs text-red-700 dark:text-red-300';

const buttonBase =
  'inline-flex shrink-0 items-center justify-center gap-1 rounded-md px-2 py-1 text-xs font-medium ' +
  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 disabled:cursor-not-allowed disabled:opacity-50';

const outlined =
  `${buttonBase} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 ` +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

export const buttonClass = `${outlined} whitespace-nowrap`;

/** An outlined button whose longer text may wrap (e.g. one naming two objects). */
export const wrappingButtonClass = `${outlined} text-left`;

export const primaryButtonClass = `${buttonBase} bg-sky-600 text-white hover:bg-sky-700 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400`;

export const iconButtonClass =
  'inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 ' +
  'hover:text-slate-800 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ' +
  'disabled:cursor-not-allowed disabled:opacity-40 dark:text-slate-400 dark:hover:bg-slate-700 dark:hover:text-slate-100';

export const linkButtonClass =
  'rounded text-left text-sky-700 underline-offset-2 hover:underline focus-visible:outline-none ' +
  'focus-visible:ring-2 focus-visible:ring-sky-500 dark:text-sky-300';

/** Header and dialog actions: a quiet button matching the header's. */
export const actionButton =
  'inline-flex h-8 shrink-0 items-center gap-1.5 rounded px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-40 dark:text-slate-200 dark:hover:bg-slate-800';

export const primaryButton =
  'inline-flex h-8 shrink-0 items-center rounded bg-sky-700 px-3 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-sky-700 dark:hover:bg-sky-600';

export const dangerButton =
  'inline-flex h-8 shrink-0 items-center rounded bg-red-700 px-3 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600';

export const secondaryButton =
  'inline-flex h-8 shrink-0 items-center rounded border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

export const dialogFrame =
  'm-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100';
