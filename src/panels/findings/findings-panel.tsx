import { useCallback, useId, useMemo, useState } from 'react';
import { findingFocus } from '../../domain/rules/finding-focus';
import type { Finding } from '../../domain/rules/types';
import { selectFindings, selectSelection } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { CheckboxField } from '../shared/checkbox-field';
import { buttonClass, hintClass } from '../shared/form-styles';
import { FindingItem } from './finding-item';
import { type FindingGroup, findingKey, groupFindings, involvesAny } from './group-findings';
import { CountPill } from './severity-badge';

/** Findings drawn per group before "Show all", so a design with thousands stays responsive. */
const PAGE = 100;

function Group({
  group,
  selected,
  onOpen,
}: {
  group: FindingGroup;
  selected: ReadonlySet<string>;
  onOpen(f: Finding): void;
}) {
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? group.findings : group.findings.slice(0, PAGE);
  const keys = new Map<string, number>();
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="flex items-center gap-2 text-sm font-semibold">
        {group.title}
        <CountPill severity={group.severity} count={group.findings.length} />
        <span className="sr-only">({group.findings.length})</span>
      </h3>
      {group.findings.length === 0 ? (
        <p className={hintClass}>None.</p>
      ) : (
        <ul className="space-y-2">
          {shown.map((f) => {
            // Identical findings may repeat; number duplicates so keys stay unique.
            const base = findingKey(f);
            const n = keys.get(base) ?? 0;
            keys.set(base, n + 1);
            return (
              <FindingItem
                key={n === 0 ? base : `${base}#${n}`}
                finding={f}
                current={selected.size > 0 && involvesAny(f, selected)}
                onOpen={onOpen}
              />
            );
          })}
        </ul>
      )}
      {shown.length < group.findings.length ? (
        <button type="button" className={buttonClass} onClick={() => setAll(true)}>
          Show all {group.findings.length} {group.title.toLowerCase()}
        </button>
      ) : null}
    </section>
  );
}

/** The validator's findings by severity; a finding's button selects and centres its objects. */
export function FindingsPanel() {
  const store = useStudioStore();
  const findings = useStudio(selectFindings);
  const selection = useStudio(selectSelection);
  const [onlySelected, setOnlySelected] = useState(false);
  const selected = useMemo(() => new Set(selection), [selection]);
  const filtering = onlySelected && selection.length > 0;
  const groups = useMemo(
    () => groupFindings(findings, filtering ? selected : undefined),
    [findings, filtering, selected],
  );
  // The object to change is selected (the inspector shows it); the rest of the chain is highlighted.
  const onOpen = useCallback(
    (f: Finding) => {
      const { fix, context } = findingFocus(f);
      store.getState().focus(fix, context);
    },
    [store],
  );
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <CheckboxField
          label="Only the selected objects"
          checked={onlySelected}
          onChange={setOnlySelected}
          hint={
            selection.length === 0
              ? 'Select objects to narrow the list.'
              : `${selection.length} selected · ${total} finding${total === 1 ? '' : 's'} shown`
          }
        />
      </div>
      {findings.length === 0 ? (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          No findings: the design passes every rule.
        </p>
      ) : null}
      {groups.map((g) => (
        <Group key={g.severity} group={g} selected={selected} onOpen={onOpen} />
      ))}
    </div>
  );
}
