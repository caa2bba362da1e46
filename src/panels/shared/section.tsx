import { type ReactNode, useId } from 'react';

export interface SectionProps {
  title: string;
  children: ReactNode;
  /** Right-aligned content of the heading row (e.g. an add button). */
  actions?: ReactNode;
  /** Titles that are object names keep their case. */
  keepCase?: boolean;
}

/** A titled group of fields (a `<section>` named by its heading). */
export function Section({ title, children, actions, keepCase }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700">
      <div className="flex items-center justify-between gap-2">
        <h3
          id={id}
          className={
            keepCase
              ? 'min-w-0 break-words text-sm font-semibold text-slate-700 dark:text-slate-200'
              : 'min-w-0 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400'
          }
        >
          {title}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
