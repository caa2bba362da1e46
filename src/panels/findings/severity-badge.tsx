import type { Severity } from '../../domain/rules/types';

const styles: Record<Severity, string> = {
  error: 'bg-red-100 text-red-800 ring-red-600/20 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/30',
  warning:
    'bg-amber-100 text-amber-900 ring-amber-600/20 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30',
  info: 'bg-sky-100 text-sky-800 ring-sky-600/20 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-400/30',
};

const glyph: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

/** A small round severity mark (decorative; the text around it names the severity). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ring-1 ring-inset ${styles[severity]}`}
    >
      {glyph[severity]}
    </span>
  );
}

/** A count pill for tab labels and group headings. */
export function CountPill({ severity, count }: { severity: Severity; count: number }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex min-w-5 items-center justify-center rounded-full px-1.5 text-[11px] font-semibold tabular-nums ring-1 ring-inset ${styles[severity]}`}
    >
      {count}
    </span>
  );
}
