import { memo } from 'react';
import { ruleCatalog } from '../../domain/rules/rule-catalog';
import type { Finding } from '../../domain/rules/types';
import { SeverityIcon } from './severity-badge';

export interface FindingItemProps {
  finding: Finding;
  /** Whether it involves a selected object. */
  current: boolean;
  onOpen(finding: Finding): void;
}

/** One finding: a button selecting its objects, and a link to the documentation behind the rule. */
export const FindingItem = memo(function FindingItem({ finding, current, onOpen }: FindingItemProps) {
  const rule = ruleCatalog[finding.ruleId];
  const docs = finding.docs ?? rule?.docs;
  return (
    <li
      className={`group rounded-md border transition-colors ${
        current
          ? 'border-sky-400 bg-sky-50 dark:border-sky-500 dark:bg-sky-950/50'
          : 'border-slate-200 bg-white hover:border-slate-300 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-slate-600'
      }`}
    >
      <button
        type="button"
        className="flex w-full items-start gap-2 rounded-md px-2 pt-2 pb-1 text-left focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        onClick={() => onOpen(finding)}
        aria-current={current ? 'true' : undefined}
        disabled={finding.objectIds.length === 0}
      >
        <SeverityIcon severity={finding.severity} />
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline gap-2">
            <span className="font-mono text-xs font-semibold text-slate-700 dark:text-slate-200">
              {finding.ruleId}
            </span>
            {rule ? (
              <span className="truncate text-xs text-slate-500 dark:text-slate-400">{rule.title}</span>
            ) : null}
          </span>
          <span className="mt-0.5 block text-sm leading-snug text-slate-800 dark:text-slate-100">
            {finding.message}
          </span>
        </span>
      </button>
      {docs ? (
        <div className="px-8 pb-2">
          <a
            href={docs}
            target="_blank"
            rel="noreferrer noopener"
            className="text-xs text-sky-700 underline-offset-2 hover:underline dark:text-sky-300"
            aria-label={`Documentation for ${finding.ruleId}`}
          >
            Documentation ↗
          </a>
        </div>
      ) : (
        <div className="pb-1" />
      )}
    </li>
  );
});
